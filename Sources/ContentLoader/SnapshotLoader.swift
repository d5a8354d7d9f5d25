import Foundation
import JourneyModel

/// Reads the score snapshots in `history/*.json`, as `journeymap snapshot` writes them.
enum SnapshotLoader {
    static func load(_ folder: ContentFolder) -> ([Snapshot], [Diagnostic]) {
        var snapshots: [Snapshot] = [], diagnostics: [Diagnostic] = []
        for name in folder.files(in: "history") where name.hasSuffix(".json") {
            if let outside = folder.linkOutside("history/\(name)") {
                diagnostics.append(outside)
                continue
            }
            let path = folder.displayPath("history/\(name)")
            switch read(folder.root.appendingPathComponent("history/\(name)"), label: String(name.dropLast(5)), path: path) {
            case .success(let snapshot): snapshots.append(snapshot)
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        return (snapshots.sorted(by: Snapshot.chronological), diagnostics)
    }

    struct Problem: Error {
        var diagnostic: Diagnostic
    }

    static func read(_ url: URL, label: String, path: String) -> Result<Snapshot, Problem> {
        func problem(_ message: String, line: Int = 1, column: Int = 1) -> Problem {
            Problem(diagnostic: .error(at: SourceLocation(file: path, line: line, column: column), message,
                                       hint: "snapshots are written by 'journeymap snapshot --label …'; fix the file or write it again"))
        }
        guard let data = try? Data(contentsOf: url) else { return .failure(problem("cannot read the snapshot")) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let (line, column) = position(in: "\(error)")
            return .failure(problem("the snapshot is not valid JSON", line: line, column: column))
        }
        guard let root = object as? [String: Any], let format = root["format"] as? String, Snapshot.formats.contains(format) else {
            return .failure(problem("the file is not a journeymap snapshot ('format' must be \"\(Snapshot.format)\", or an older \"\(Snapshot.formats[0])\")"))
        }
        let date = root["date"] as? String
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            return .failure(problem("'date' must be written YYYY-MM-DD, not '\(date)'"))
        }
        guard let journeys = root["journeys"] as? [String: Any] else { return .failure(problem("the snapshot has no 'journeys'")) }
        var snapshot = Snapshot(label: root["label"] as? String ?? label, date: date, source: path)
        for (slug, value) in journeys {
            guard let entry = value as? [String: Any] else { return .failure(problem("the scores of '\(slug)' must be an object")) }
            var scores = Snapshot.JourneyScores(overall: number(entry["score"]))
            if let interval = entry["interval"] {
                let bounds = (interval as? [Any])?.compactMap(number) ?? []
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    return .failure(problem("the 'interval' of '\(slug)' must be two numbers, the lower first, as [-0.2, 0.4]"))
                }
                scores.overallInterval = bounds[0]...bounds[1]
            }
            for (stage, stageValue) in entry["stages"] as? [String: Any] ?? [:] {
                // A stage without a score may still have survey waves.
                guard let stageEntry = stageValue as? [String: Any], score(stageEntry) != nil || stageEntry["waves"] != nil else {
                    return .failure(problem("the stage '\(stage)' of '\(slug)' needs a numeric 'score'"))
                }
                scores.stages[stage] = score(stageEntry)
                scores.waves[stage] = waves(stageEntry)
                for (persona, personaValue) in stageEntry["personas"] as? [String: Any] ?? [:] {
                    guard let personaEntry = personaValue as? [String: Any] else { continue }
                    scores.personas[stage, default: [:]][persona] = self.score(personaEntry)
                    scores.personaWaves[stage, default: [:]][persona] = waves(personaEntry)
                }
            }
            snapshot.journeys[slug] = scores
        }
        return .success(snapshot)
    }

    private static func score(_ entry: [String: Any]) -> Snapshot.Score? {
        number(entry["score"]).map { Snapshot.Score(value: $0, answers: number(entry["n"]).map { Int($0) }, deviation: number(entry["sd"])) }
    }

    /// The scores per wave of a stage or persona entry (`"waves": { "2026-T3": { "score": 0.4, "n": 40, "sd": 0.9 } }`); nil without any.
    private static func waves(_ entry: [String: Any]) -> [String: Snapshot.Score]? {
        let waves = (entry["waves"] as? [String: Any] ?? [:]).compactMapValues { ($0 as? [String: Any]).flatMap(score) }
        return waves.isEmpty ? nil : waves
    }

    private static func number(_ value: Any?) -> Double? {
        // JSON numbers and booleans both arrive as NSNumber; a boolean's type code is "c".
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        return number.doubleValue
    }

    /// The line and column a JSON parser's message speaks of ("around line 3, column 5"), or 1:1.
    static func position(in message: String) -> (Int, Int) {
        guard let match = message.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) else { return (1, 1) }
        let numbers = message[match].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : (1, 1)
    }
}
