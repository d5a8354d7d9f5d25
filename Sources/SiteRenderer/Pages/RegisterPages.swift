import JourneyAnalysis
import JourneyModel

/// The site-wide pages: the pain-point register, the opportunity backlog, the touchpoint inventory.
extension PageContext {
    /// Every pain point, most severe first, with where it hurts and what is proposed against it.
    func painPointRegisterValues() -> [String: Any] {
        let rows = analysis.painPointRegister.map { entry -> [String: Any] in
            let item = analysis.journey(entry.journey)!
            let stage = item.journey.stages[entry.stageIndex]
            return [
                "text": entry.painPoint.text, "severity": entry.painPoint.severity.rawValue,
                "severityLabel": strings["severity_\(entry.painPoint.severity.rawValue)"],
                "severityRank": entry.painPoint.severity.weight,
                "journey": item.journey.title, "journeyURL": link(SitePaths.journey(item.journey.slug)),
                "lang": language(of: item.journey),
                "stage": stage.name, "stageURL": link(SitePaths.stage(stage.slug, of: item.journey.slug)),
                "personas": item.journey.personas.compactMap { analysis.content.persona($0)?.name }.joined(separator: ", "),
                "opportunities": entry.opportunities.map(\.text),
            ]
        }
        return ["painPoints": rows, "csv": link(RegisterExports.painPointsPath)]
    }

    /// Every opportunity, highest priority first, and the impact/effort matrix across journeys.
    func opportunityBacklogValues() -> [String: Any] {
        let backlog = analysis.opportunityBacklog
        let rows = backlog.enumerated().map { rank, entry -> [String: Any] in
            let item = analysis.journey(entry.journey)!
            let stage = item.journey.stages[entry.ranked.stageIndex]
            let opportunity = entry.ranked.opportunity
            return [
                "rank": rank + 1, "text": opportunity.text, "priority": entry.ranked.priority,
                "journey": item.journey.title, "journeyURL": link(SitePaths.journey(item.journey.slug)),
                "lang": language(of: item.journey),
                "stage": stage.name, "stageURL": link(SitePaths.stage(stage.slug, of: item.journey.slug)),
                "impact": opportunity.impact.map { strings["severity_\($0.rawValue)"] } ?? "",
                "impactRank": opportunity.impact?.weight ?? 0,
                "effort": opportunity.effort.map { strings["severity_\($0.rawValue)"] } ?? "",
                "effortRank": opportunity.effort?.weight ?? 0,
                "quadrant": entry.ranked.quadrant.map { strings["quadrant_\($0.rawValue)"] } ?? "",
                "quadrantKey": entry.ranked.quadrant?.rawValue ?? "unrated",
                "owner": opportunity.owner ?? "", "status": opportunity.status.map { strings["status_\($0.rawValue)"] } ?? "",
            ]
        }
        return ["opportunities": rows, "matrix": opportunityMatrix(backlog.map(\.ranked), id: "matrix-all") ?? "",
                "csv": link(RegisterExports.opportunitiesPath)]
    }

    /// Every touchpoint by channel, where it appears and how it feels; a heatmap per journey.
    func touchpointInventoryValues() -> [String: Any] {
        let inventory = TouchpointInventory(analysis: analysis, otherChannel: strings["channel_other"])
        let channels = inventory.channels.map { channel -> [String: Any] in
            ["channel": channel.name, "touchpoints": channel.touchpoints.map { touchpoint -> [String: Any] in
                ["name": touchpoint.name, "score": scoreValues(touchpoint.meanEmotion),
                 "appearances": touchpoint.appearances.map { appearance -> [String: Any] in
                     let item = analysis.journey(appearance.journey)!
                     let stage = item.journey.stages[appearance.stageIndex]
                     return ["journey": item.journey.title, "stage": stage.name,
                             "url": link(SitePaths.stage(stage.slug, of: item.journey.slug))]
                 }]
            }]
        }
        let heatmaps = analysis.journeys.compactMap { item -> [String: Any]? in
            touchpointHeatmap(item).map { ["title": item.journey.title, "url": link(SitePaths.journey(item.journey.slug)), "svg": $0] }
        }
        return ["channels": channels, "heatmaps": heatmaps]
    }
}

/// Touchpoints across the site, by channel and name.
struct TouchpointInventory {
    struct Appearance {
        var journey: String
        var stageIndex: Int
    }

    struct Entry {
        var name: String
        var appearances: [Appearance]
        var meanEmotion: Double?
    }

    struct Channel {
        var name: String
        var touchpoints: [Entry]
    }

    var channels: [Channel]

    init(analysis: SiteAnalysis, otherChannel: String) {
        var grouped: [String: [String: (appearances: [Appearance], emotions: [Double])]] = [:]
        for item in analysis.journeys {
            for (index, stage) in item.journey.stages.enumerated() {
                for touchpoint in stage.touchpoints {
                    let channel = touchpoint.channel ?? otherChannel
                    var entry = grouped[channel, default: [:]][touchpoint.name, default: ([], [])]
                    entry.appearances.append(Appearance(journey: item.journey.slug, stageIndex: index))
                    if let emotion = touchpoint.emotion { entry.emotions.append(emotion) }
                    grouped[channel, default: [:]][touchpoint.name] = entry
                }
            }
        }
        channels = grouped.keys.sorted().map { channel in
            Channel(name: channel, touchpoints: grouped[channel]!.keys.sorted().map { name in
                let entry = grouped[channel]![name]!
                return Entry(name: name, appearances: entry.appearances, meanEmotion: JourneyAnalysis.mean(entry.emotions))
            })
        }
    }
}
