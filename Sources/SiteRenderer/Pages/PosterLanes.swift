import JourneyAnalysis
import JourneyModel

/// The rows of a journey's poster under its curve: the map's lanes, in the map's order
/// (`mapLanes`: the site's own lanes, and a service blueprint's lanes and lines, included), then
/// the owners, evidence and metrics of its owners' table, each cell as the map shows it.
extension PageContext {
    typealias PosterItem = PosterContent.Item

    func posterLanes(_ item: JourneyAnalysis, stages: [StageView], text: (String) -> String) -> [PosterContent.Lane] {
        var lanes = mapLanes(item, present: lanePresence(item)).compactMap { lane -> PosterContent.Lane? in
            if let line = lane.blueprintLine { return .init(title: line.label, cells: [], isLine: true) }
            if let row = lane.blueprintLane {
                return .init(title: row.title, cells: row.cells.map { cell in
                    cell.items.map { entry in
                        PosterItem(text: text(entry.text), marker: .bullet,
                                   note: note([entry.serves.map { "↑ \(strings["blueprint_serves"]) \($0)" }, entry.owner]).map(text))
                    }
                })
            }
            switch lane.slot {
            case .builtin(let builtin)?:
                return .init(title: title(of: builtin, item), cells: stages.map { posterItems(builtin, of: $0, text: text) })
            case .custom?:
                return lane.custom.map { row in .init(title: row.title, cells: row.cells.map { posterItems(of: $0, text: text) }) }
            case nil:
                return nil
            }
        }
        func table(_ key: String, _ items: (StageView) -> [PosterItem]) {
            let cells = stages.map(items)
            if cells.contains(where: { !$0.isEmpty }) { lanes.append(.init(title: strings[key], cells: cells)) }
        }
        table("lane_owner") { stage in stage.owner.map { [PosterItem(text: text($0))] } ?? [] }
        table("lane_evidence") { stage in stage.evidence.map { [PosterItem(text: $0)] } ?? [] }
        table("lane_metrics") { stage in stage.metrics.map { PosterItem(text: text("\($0.label) \($0.value)")) } }
        return lanes
    }

    /// A built-in lane's name, as the map's row heading.
    private func title(of lane: BuiltinLane, _ item: JourneyAnalysis) -> String {
        switch lane {
        case .verbatims: strings["verbatims"]
        case .changes: "\(strings["change_since"]) \(item.trend?.since ?? "")"
        default: strings["lane_\(lane.rawValue)"]
        }
    }

    /// What a stage has in a built-in lane.
    private func posterItems(_ lane: BuiltinLane, of stage: StageView, text: (String) -> String) -> [PosterItem] {
        switch lane {
        case .feeling:
            return [stage.feeling.map { PosterItem(text: text($0), kind: .feeling) }, stage.quote.map { PosterItem(text: text("“\($0)”"), kind: .quote) }]
                .compactMap { $0 }
        case .actions: return stage.actions.map { PosterItem(text: text($0), marker: .bullet) }
        case .thoughts: return stage.thoughts.map { PosterItem(text: text($0), marker: .bullet, kind: .thought) }
        case .touchpoints:
            return stage.touchpoints.map { touchpoint in
                PosterItem(text: text(touchpoint.name), marker: .bullet,
                           note: note([touchpoint.channel.map(text), touchpoint.score.map(scoreText)]))
            }
        case .steps:
            return stage.steps.map { step in
                PosterItem(text: text(step.name), marker: .bullet, note: note([step.score.map(scoreText), step.actors.isEmpty ? nil : step.actors]))
            }
        case .painPoints:
            return stage.painPoints.map { pain in
                PosterItem(text: text(pain.text), marker: Level(rawValue: pain.severity).map(PosterItem.Marker.severity) ?? .bullet,
                           lead: pain.severityLabel, leadClass: "severity-\(pain.severity)")
            }
        case .opportunities:
            return stage.opportunities.map { opportunity in
                PosterItem(text: text(opportunity.text), marker: .bullet, note: note([
                    opportunity.impact.map { "\(strings["impact"]): \($0)" }, opportunity.effort.map { "\(strings["effort"]): \($0)" },
                    opportunity.status, opportunity.owner,
                ]).map(text))
            }
        case .verbatims:
            guard let extremes = stage.verbatimExtremes else { return [] }
            return (extremes.negative + extremes.positive).map { verbatim in
                PosterItem(text: text("“\(verbatim.text)”"), kind: .quote, lead: verbatim.score.text, leadClass: "tone-\(verbatim.score.tone)",
                           note: verbatim.persona.map { "— \($0)" })
            }
        case .feedback:
            guard let feedback = stage.feedback else { return [] }
            return [PosterItem(text: feedback.channels.map { "\($0.channel) \($0.count)" }.joined(separator: " · "))]
                + feedback.latest.map { entry in
                    PosterItem(text: text("“\(entry.text)”"), kind: .quote,
                               note: "— " + ([entry.channel] + [entry.date, entry.persona].compactMap { $0 }).joined(separator: ", "))
                }
        case .changes:
            guard let change = stage.change else { return [] }
            return [PosterItem(text: text("\(change.since): \(change.previous)"), lead: change.delta.text, leadClass: "tone-\(change.delta.tone)")]
                + change.done.map { PosterItem(text: text($0), lead: strings["shipped"], leadClass: "shipped") }
        }
    }

    /// What a stage writes in a lane of the site's own.
    private func posterItems(of cell: LaneCell, text: (String) -> String) -> [PosterItem] {
        cell.texts.map { PosterItem(text: text($0), marker: .bullet) }
            + cell.items.map { PosterItem(text: text($0.text), marker: .bullet, note: note([$0.status, $0.owner]).map(text)) }
            + [cell.text, cell.metric].compactMap { $0 }.map { PosterItem(text: text($0)) }
    }

    /// The parts of an item's note joined, or nil when it has none.
    private func note(_ parts: [String?]) -> String? {
        let parts = parts.compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
