import JourneyAnalysis
import JourneyModel

/// A journey's poster, `poster.svg`: what it shows, from the values its map shows (the stages'
/// `StageView`s, the lanes the map has, its emotion curve), in the words of the journey's page.
extension PageContext {
    /// The journey's `poster.svg`, with `style` (the chart styles) embedded.
    static func posterFile(_ item: JourneyAnalysis, in analysis: SiteAnalysis, words: InterfaceWords, style: String) -> String {
        let page = PageContext(analysis: analysis, words: words, path: SitePaths.posterSVG(item.journey.slug),
                               language: item.journey.language ?? analysis.content.site.language)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + PosterSVG(page.posterContent(item)).svg(id: "poster-\(item.journey.slug)", style: style) + "\n"
    }

    /// What the journey's poster shows.
    func posterContent(_ item: JourneyAnalysis) -> PosterContent {
        let journey = item.journey
        let text = typesetting(french: strings.language == "fr")
        // Persona notes are in the site's language, which may not be the page's.
        let personaText = typesetting(french: (contentLanguage ?? strings.language) == "fr")
        var facts = [strings["state_\(journey.state.rawValue)"], "\(journey.stages.count) \(strings["stages"])",
                     "\(strings["overall_score"]) \(scoreText(scoreValues(item.overallScore)))"]
        if let owner = journey.owner { facts.append("\(strings["owner"]) \(owner)") }
        if let compared = journey.compares.flatMap(analysis.content.journey) { facts.append("\(strings["compares_with"]) \(compared.title)") }
        var blocks: [PosterContent.Block] = []
        if let scenario = journey.scenario { blocks.append(.init(title: strings["scenario"], items: [.init(text: text(scenario))])) }
        if !journey.expectations.isEmpty {
            blocks.append(.init(title: strings["expectations"], items: journey.expectations.map { .init(text: text($0), marker: .bullet) }))
        }
        let stages = journey.stages.indices.map { stageValues(item, index: $0) }
        return PosterContent(
            documentTitle: "\(strings["journey_map"]) — \(journey.title)", siteTitle: text(site.title), title: text(journey.title),
            facts: facts.map(text), personasTitle: strings["personas"],
            personas: journey.personas.compactMap { analysis.content.persona($0) }.map { persona in
                PosterContent.Persona(name: persona.name, role: persona.role.map(personaText), quote: persona.quote.map { personaText("“\($0)”") },
                                      series: item.curves.firstIndex { $0.persona == persona.slug })
            },
            blocks: blocks, stageTitle: strings["lane_stage"],
            stages: stages.map { stage in
                PosterContent.Stage(position: ([String(stage.number)] + [stage.timeOfDay].compactMap { $0 }).joined(separator: " · "),
                                    name: text(stage.name), score: scoreText(stage.score))
            },
            emotionTitle: strings["lane_emotion"], curve: emotionCurveChart(item),
            lanes: posterLanes(item, stages: stages, text: text), language: strings.language)
    }

    /// A score with the scale's word for it: `−0.5 Unhappy`.
    func scoreText(_ score: ScoreView) -> String {
        ([score.text] + [score.label].compactMap { $0 }).joined(separator: " ")
    }

    /// Text as the page would show it: French typography on French text, line breaks as spaces.
    private func typesetting(french: Bool) -> (String) -> String {
        { text in
            let flat = text.utf8.contains(UInt8(ascii: "\n")) ? String(text.map { $0 == "\n" ? " " : $0 }) : text
            return french ? FrenchTypography.text(flat) : flat
        }
    }
}
