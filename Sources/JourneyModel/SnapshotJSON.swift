import Foundation

extension Snapshot {
    /// The snapshot as the JSON of `history/<label>.json`: keys sorted, scores to three decimals.
    public func json() -> String {
        func score(_ score: Score) -> [String: Any] {
            var entry: [String: Any] = ["score": rounded(score.value)]
            if let answers = score.answers { entry["n"] = answers }
            return entry
        }
        let journeys = self.journeys.mapValues { scores -> [String: Any] in
            var entry: [String: Any] = ["stages": scores.stages.mapValues { stage -> [String: Any] in score(stage) }]
            for (stage, personas) in scores.personas {
                var stageEntry = (entry["stages"] as! [String: Any])[stage] as? [String: Any] ?? [:]
                stageEntry["personas"] = personas.mapValues(score)
                var stages = entry["stages"] as! [String: Any]
                stages[stage] = stageEntry
                entry["stages"] = stages
            }
            if let overall = scores.overall { entry["score"] = rounded(overall) }
            return entry
        }
        var root: [String: Any] = ["format": Snapshot.format, "label": label, "journeys": journeys]
        if let date { root["date"] = date }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
