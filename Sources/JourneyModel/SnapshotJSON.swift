import Foundation

extension Snapshot {
    /// The snapshot as the JSON of `history/<label>.json`: keys sorted, scores to three decimals.
    public func json() -> String {
        func score(_ score: Score) -> [String: Any] {
            var entry: [String: Any] = ["score": rounded(score.value)]
            if let answers = score.answers { entry["n"] = answers }
            if let deviation = score.deviation { entry["sd"] = rounded(deviation) }
            return entry
        }
        /// A stage's or a persona's score, with its waves when it has some.
        func scored(_ value: Score?, waves: [String: Score]?) -> [String: Any] {
            var entry = value.map(score) ?? [:]
            if let waves, !waves.isEmpty { entry["waves"] = waves.mapValues(score) }
            return entry
        }
        let journeys = self.journeys.mapValues { scores -> [String: Any] in
            let slugs = Set(scores.stages.keys).union(scores.waves.keys).union(scores.personas.keys).union(scores.personaWaves.keys)
            var stages: [String: Any] = [:]
            for stage in slugs {
                var entry = scored(scores.stages[stage], waves: scores.waves[stage])
                let personas = Set((scores.personas[stage] ?? [:]).keys).union((scores.personaWaves[stage] ?? [:]).keys)
                if !personas.isEmpty {
                    entry["personas"] = Dictionary(uniqueKeysWithValues: personas.map { persona in
                        (persona, scored(scores.personas[stage]?[persona], waves: scores.personaWaves[stage]?[persona]))
                    })
                }
                stages[stage] = entry
            }
            var entry: [String: Any] = ["stages": stages]
            if let overall = scores.overall { entry["score"] = rounded(overall) }
            if let interval = scores.overallInterval { entry["interval"] = [rounded(interval.lowerBound), rounded(interval.upperBound)] }
            return entry
        }
        var root: [String: Any] = ["format": Snapshot.format, "label": label, "journeys": journeys]
        if let date { root["date"] = date }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
