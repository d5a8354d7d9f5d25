import JourneyModel

/// A generated content folder of any size, for benchmarks and for trying the tool at scale.
///
/// Every lane is filled, bodies are 1–3 KB of Markdown, scores drift like real journeys, and the
/// same options always give the same files.
public struct ContentSample: Sendable {
    public var journeys: Int
    public var stages: Int
    public var personas: Int
    public var surveyRows: Int
    public var seed: UInt64

    public init(journeys: Int, stages: Int, personas: Int, surveyRows: Int = 0, seed: UInt64 = 1) {
        self.journeys = journeys
        self.stages = stages
        self.personas = personas
        self.surveyRows = surveyRows
        self.seed = seed
    }

    /// The files of the folder, paths relative to it.
    public func files() -> [OutputFile] {
        var random = SampleRandom(seed: seed)
        let personaSlugs = (0..<personas).map { "persona-\($0 + 1)" }
        var files = [OutputFile(path: "site.yml", text: siteYAML())]
        files += personaSlugs.enumerated().map { index, slug in
            OutputFile(path: "personas/\(slug).md", text: persona(index, random: &random))
        }
        var stageSlugs: [(journey: String, stage: String, personas: [String])] = []
        for index in 0..<journeys {
            let slug = "journey-\(index + 1)"
            let members = (0..<min(3, personas)).map { personaSlugs[(index + $0) % personas] }
            files.append(OutputFile(path: "journeys/\(slug)/journey.md", text: journeyHeader(index, personas: members, random: &random)))
            var score = Double(random.int(-1...2))
            for stage in 0..<stages {
                let name = stageName(stage)
                let stageSlug = Slug.suggest(from: name)
                score = random.score(after: score)
                files.append(OutputFile(path: "journeys/\(slug)/\(String(format: "%02d", stage + 1))-\(stageSlug).md",
                                        text: stageNote(name, number: stage, score: score, personas: members, random: &random)))
                stageSlugs.append((slug, stageSlug, members))
            }
        }
        if surveyRows > 0, !stageSlugs.isEmpty {
            files.append(OutputFile(path: "data/survey.csv", text: survey(stageSlugs, random: &random)))
        }
        return files
    }

    private func stageName(_ index: Int) -> String {
        let base = SampleWords.stages[index % SampleWords.stages.count]
        return index < SampleWords.stages.count ? base : "\(base) \(index / SampleWords.stages.count + 1)"
    }

    private func siteYAML() -> String {
        var yaml = "title: Sample journeys\ndescription: \(journeys) generated journeys of \(stages) stages\nlanguage: en\n"
        if surveyRows > 0 { yaml += "surveys:\n  - { file: data/survey.csv, scale: { min: 1, max: 5 } }\n" }
        return yaml
    }

    private func persona(_ index: Int, random: inout SampleRandom) -> String {
        let name = "\(random.pick(SampleWords.firstNames)) \(random.pick(SampleWords.lastNames))"
        return """
            ---
            name: "\(name) \(index + 1)"
            role: \(random.pick(SampleWords.roles))
            segment: \(random.pick(SampleWords.segments))
            quote: "\(random.pick(SampleWords.thoughts))"
            goals: [Get it done quickly, Pay a fair price]
            frustrations: [\(random.pick(SampleWords.pains))]
            channels: [\(random.pick(SampleWords.channels)), \(random.pick(SampleWords.channels))]
            ---
            \(body(random: &random, paragraphs: 2))
            """
    }

    private func journeyHeader(_ index: Int, personas: [String], random: inout SampleRandom) -> String {
        """
        ---
        title: "Buying a \(random.pick(SampleWords.products)) (\(index + 1))"
        personas: [\(personas.joined(separator: ", "))]
        state: current
        scenario: "A customer needs it for the weekend and has ten minutes to order."
        expectations: [A clear price, A reliable time, No queue]
        owner: \(random.pick(SampleWords.teams))
        tags: [sample, \(random.pick(SampleWords.segments).lowercased())]
        ---
        \(body(random: &random, paragraphs: 3))
        """
    }

    private func stageNote(_ name: String, number: Int, score: Double, personas: [String], random: inout SampleRandom) -> String {
        let emotions = personas.map { "\($0): \(random.score(after: score))" }.joined(separator: ", ")
        let severity = score < 0 ? "high" : random.pick(["low", "medium"])
        let visitors = max(10, 100_000 >> min(number, 16))
        return """
            ---
            stage: \(name)
            emotions: { \(emotions) }
            feeling: \(random.pick(SampleWords.feelings))
            quote: "\(random.pick(SampleWords.thoughts))"
            actions: [\(random.pick(SampleWords.actions)), \(random.pick(SampleWords.actions)), \(random.pick(SampleWords.actions))]
            thoughts: ["\(random.pick(SampleWords.thoughts))", "\(random.pick(SampleWords.thoughts))"]
            touchpoints:
              - { name: \(random.pick(SampleWords.touchpoints)), channel: \(random.pick(SampleWords.channels)), emotion: \(score) }
              - { name: \(random.pick(SampleWords.touchpoints)), channel: \(random.pick(SampleWords.channels)) }
            pain_points:
              - { text: \(random.pick(SampleWords.pains)), severity: \(severity) }
            opportunities:
              - { text: \(random.pick(SampleWords.opportunities)), impact: \(random.pick(["low", "medium", "high"])), effort: \(random.pick(["low", "medium", "high"])), owner: \(random.pick(SampleWords.teams)), status: \(random.pick(["proposed", "planned", "in-progress", "done"])) }
            metrics: { visitors: \(visitors), csat: \(Double(random.int(20...48)) / 10), nps: \(random.int(-40...60)) }
            evidence: \(random.pick(["survey", "analytics", "interviews", "assumption"]))
            owner: \(random.pick(SampleWords.teams))
            ---
            \(body(random: &random, paragraphs: random.int(2...5)))
            """
    }

    /// Paragraphs of findings, a list, and a link: about 1–3 KB.
    private func body(random: inout SampleRandom, paragraphs: Int) -> String {
        var text = "## Findings\n\n"
        for _ in 0..<paragraphs {
            text += (0..<random.int(3...5)).map { _ in random.pick(SampleWords.sentences) }.joined(separator: " ") + "\n\n"
        }
        text += "- \(random.pick(SampleWords.pains))\n- \(random.pick(SampleWords.opportunities))\n\n"
        text += "See the [research repository](https://example.com/research/\(random.int(100...999))) for the raw notes.\n"
        return text
    }

    private func survey(_ stages: [(journey: String, stage: String, personas: [String])], random: inout SampleRandom) -> String {
        var csv = "journey,stage,persona,respondent,score,comment\n"
        for row in 0..<surveyRows {
            let target = random.pick(stages)
            let persona = target.personas.isEmpty ? "" : random.pick(target.personas)
            let comment = random.int(0...2) == 0 ? "\"\(random.pick(SampleWords.thoughts))\"" : ""
            csv += "\(target.journey),\(target.stage),\(persona),R\(row + 1),\(random.int(1...5)),\(comment)\n"
        }
        return csv
    }
}
