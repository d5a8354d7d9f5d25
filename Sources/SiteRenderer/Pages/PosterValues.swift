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
            lanes: posterLanes(stages, presence: lanePresence(item), text: text), language: strings.language)
    }

    /// A score with the scale's word for it: `−0.5 Unhappy`.
    private func scoreText(_ score: ScoreView) -> String {
        ([score.text] + [score.label].compactMap { $0 }).joined(separator: " ")
    }

    /// Text as the page would show it: French typography on French text, line breaks as spaces.
    private func typesetting(french: Bool) -> (String) -> String {
        { text in
            let flat = text.utf8.contains(UInt8(ascii: "\n")) ? String(text.map { $0 == "\n" ? " " : $0 }) : text
            return french ? FrenchTypography.text(flat) : flat
        }
    }

    /// The map's lanes that have something in a stage, in the map's order, then the owners,
    /// the kind of evidence and the metrics of its owners' table.
    private func posterLanes(_ stages: [StageView], presence: JourneyPageValues.Lanes, text: (String) -> String) -> [PosterContent.Lane] {
        typealias Item = PosterContent.Item
        var lanes: [PosterContent.Lane] = []
        func lane(_ key: String, _ shown: Bool, _ items: (StageView) -> [Item]) {
            if shown { lanes.append(.init(title: strings[key], cells: stages.map(items))) }
        }
        lane("lane_feeling", presence.feeling) { stage in
            [stage.feeling.map { Item(text: text($0), kind: .feeling) }, stage.quote.map { Item(text: text("“\($0)”"), kind: .quote) }].compactMap { $0 }
        }
        lane("lane_actions", presence.actions) { $0.actions.map { Item(text: text($0), marker: .bullet) } }
        lane("lane_thoughts", presence.thoughts) { $0.thoughts.map { Item(text: text($0), marker: .bullet, kind: .thought) } }
        lane("lane_touchpoints", presence.touchpoints) { stage in
            stage.touchpoints.map { touchpoint in
                let note = [touchpoint.channel.map(text), touchpoint.score.map(scoreText)].compactMap { $0 }.joined(separator: " · ")
                return Item(text: text(touchpoint.name), marker: .bullet, note: note.isEmpty ? nil : note)
            }
        }
        lane("lane_steps", presence.steps) { stage in
            stage.steps.map { step in
                let note = [step.score.map(scoreText), step.actors.isEmpty ? nil : step.actors].compactMap { $0 }.joined(separator: " · ")
                return Item(text: text(step.name), marker: .bullet, note: note.isEmpty ? nil : note)
            }
        }
        lane("lane_pain_points", presence.painPoints) { stage in
            stage.painPoints.map { pain in
                Item(text: text(pain.text), marker: Level(rawValue: pain.severity).map(Item.Marker.severity) ?? .bullet,
                     lead: pain.severityLabel, leadClass: "severity-\(pain.severity)")
            }
        }
        lane("lane_opportunities", presence.opportunities) { stage in
            stage.opportunities.map { opportunity in
                let note = [opportunity.impact.map { "\(strings["impact"]): \($0)" }, opportunity.effort.map { "\(strings["effort"]): \($0)" },
                            opportunity.status, opportunity.owner].compactMap { $0 }.joined(separator: " · ")
                return Item(text: text(opportunity.text), marker: .bullet, note: note.isEmpty ? nil : text(note))
            }
        }
        lane("verbatims", presence.verbatims) { stage in
            guard let extremes = stage.verbatimExtremes else { return [] }
            return (extremes.negative + extremes.positive).map { verbatim in
                Item(text: text("“\(verbatim.text)”"), kind: .quote, lead: verbatim.score.text, leadClass: "tone-\(verbatim.score.tone)",
                     note: verbatim.persona.map { "— \($0)" })
            }
        }
        if let since = stages.lazy.compactMap(\.change).first?.since {
            lanes.append(.init(title: "\(strings["change_since"]) \(since)", cells: stages.map { stage in
                guard let change = stage.change else { return [] }
                return [Item(text: text("\(change.since): \(change.previous)"), lead: change.delta.text, leadClass: "tone-\(change.delta.tone)")]
                    + change.done.map { Item(text: text($0), lead: strings["shipped"], leadClass: "shipped") }
            }))
        }
        lane("lane_owner", stages.contains { $0.owner != nil }) { stage in stage.owner.map { [Item(text: text($0))] } ?? [] }
        lane("lane_evidence", stages.contains { $0.evidence != nil }) { stage in stage.evidence.map { [Item(text: $0)] } ?? [] }
        lane("lane_metrics", presence.metrics) { stage in stage.metrics.map { Item(text: text("\($0.label) \($0.value)")) } }
        return lanes
    }
}
