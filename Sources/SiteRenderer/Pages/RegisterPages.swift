import JourneyAnalysis
import JourneyModel

/// The pain-point register: every pain point, the most severe first.
struct PainPointRegisterValues: Encodable {
    let painPoints: [Row]
    /// The register as a CSV file.
    let csv: String

    struct Row: Encodable {
        let text: String
        /// `low`, `medium` or `high`, in words, and as a number to sort by (1–3).
        let severity: String
        let severityLabel: String
        let severityRank: Int
        let journey: String
        let journeyURL: String
        /// The journey's language, when it is not the page's.
        let lang: String?
        let stage: String
        let stageURL: String
        /// The journey's personas, by name, comma-separated.
        let personas: String
        /// Its id, when it has one.
        let id: String?
        /// The opportunities that address it by its id; empty: no opportunity yet.
        let opportunities: [PlacedLink]
        /// How many feedback items mention it by its id.
        let feedbackCount: Int
    }

    /// An opportunity that addresses a pain point, linked to its stage's page.
    struct PlacedLink: Encodable {
        let text: String
        let url: String
        /// Its stage, and its journey when it is not the pain point's: `Purchase, Ordering a cake`.
        let place: String
    }
}

/// The opportunity backlog: every opportunity, highest priority first, and the matrix across journeys.
struct OpportunityBacklogValues: Encodable {
    let opportunities: [Row]
    /// The opportunities marked done, out of the ranking.
    let shipped: [ShippedView]
    let matrix: HTML?
    /// How impact and effort place an opportunity in a quadrant, in words, for under the matrix.
    let matrixRule: String
    let csv: String

    struct Row: Encodable {
        let rank: Int
        let text: String
        /// Impact × ease.
        let priority: Int
        let journey: String
        let journeyURL: String
        let lang: String?
        let stage: String
        let stageURL: String
        let impact: String?
        /// 1–3, 0 when not rated, to sort by.
        let impactRank: Int
        let effort: String?
        let effortRank: Int
        let quadrant: String?
        let quadrantKey: String
        let owner: String?
        let status: String?
    }
}

/// The touchpoint inventory: every touchpoint by channel, and a heatmap per journey.
struct TouchpointInventoryValues: Encodable {
    let channels: [Channel]
    let heatmaps: [Heatmap]

    struct Channel: Encodable {
        let channel: String
        let touchpoints: [Touchpoint]
    }

    struct Touchpoint: Encodable {
        let name: String
        /// The mean emotion of its appearances.
        let score: ScoreView
        let appearances: [Appearance]
    }

    struct Appearance: Encodable {
        let journey: String
        let stage: String
        let url: String
    }

    struct Heatmap: Encodable {
        let title: String
        let url: String
        let svg: HTML
    }
}

/// The site-wide pages: the pain-point register, the opportunity backlog, the touchpoint inventory.
extension PageContext {
    /// Every pain point, most severe first, with where it hurts and what is proposed against it.
    func painPointRegisterValues() -> PainPointRegisterValues {
        let rows = analysis.painPointRegister.map { entry in
            let item = analysis.journey(entry.journey)!
            let stage = item.journey.stages[entry.stageIndex]
            return PainPointRegisterValues.Row(
                text: entry.painPoint.text, severity: entry.painPoint.severity.rawValue,
                severityLabel: strings["severity_\(entry.painPoint.severity.rawValue)"], severityRank: entry.painPoint.severity.weight,
                journey: item.journey.title, journeyURL: link(SitePaths.journey(item.journey.slug)), lang: language(of: item.journey),
                stage: stage.name, stageURL: link(SitePaths.stage(stage.slug, of: item.journey.slug)),
                personas: item.journey.personas.compactMap { analysis.content.persona($0)?.name }.joined(separator: ", "),
                id: entry.painPoint.id?.name,
                opportunities: entry.addressedBy.map { placed in
                    let journey = analysis.journey(placed.journey)!.journey
                    let stage = journey.stages[placed.stageIndex]
                    return PainPointRegisterValues.PlacedLink(
                        text: placed.opportunity.text, url: link(SitePaths.stage(stage.slug, of: journey.slug)),
                        place: placed.journey == entry.journey ? stage.name : "\(stage.name), \(journey.title)")
                }, feedbackCount: entry.feedbackCount)
        }
        return PainPointRegisterValues(painPoints: rows, csv: link(RegisterExports.painPointsPath))
    }

    /// Every opportunity, highest priority first, and the impact/effort matrix across journeys.
    func opportunityBacklogValues() -> OpportunityBacklogValues {
        let backlog = analysis.opportunityBacklog
        let rows = backlog.enumerated().map { rank, entry in
            let item = analysis.journey(entry.journey)!
            let stage = item.journey.stages[entry.ranked.stageIndex]
            let opportunity = entry.ranked.opportunity
            return OpportunityBacklogValues.Row(
                rank: rank + 1, text: opportunity.text, priority: entry.ranked.priority,
                journey: item.journey.title, journeyURL: link(SitePaths.journey(item.journey.slug)), lang: language(of: item.journey),
                stage: stage.name, stageURL: link(SitePaths.stage(stage.slug, of: item.journey.slug)),
                impact: opportunity.impact.map { strings["level_\($0.rawValue)"] }, impactRank: opportunity.impact?.weight ?? 0,
                effort: opportunity.effort.map { strings["level_\($0.rawValue)"] }, effortRank: opportunity.effort?.weight ?? 0,
                quadrant: entry.ranked.quadrant.map { strings["quadrant_\($0.rawValue)"] },
                quadrantKey: entry.ranked.quadrant?.rawValue ?? "unrated",
                owner: opportunity.owner, status: opportunity.status.map { strings["status_\($0.rawValue)"] })
        }
        return OpportunityBacklogValues(opportunities: rows, shipped: analysis.journeys.flatMap { shippedValues($0, namingJourney: true) }, matrix: opportunityMatrix(backlog.map(\.ranked), id: "matrix-all").map(HTML.init), matrixRule: matrixRule(),
                                        csv: link(RegisterExports.opportunitiesPath))
    }

    /// Every touchpoint by channel, where it appears and how it feels; a heatmap per journey.
    func touchpointInventoryValues() -> TouchpointInventoryValues {
        let inventory = TouchpointInventory(analysis: analysis, otherChannel: strings["channel_other"])
        let channels = inventory.channels.map { channel in
            TouchpointInventoryValues.Channel(channel: channel.name, touchpoints: channel.touchpoints.map { touchpoint in
                TouchpointInventoryValues.Touchpoint(name: touchpoint.name, score: scoreValues(touchpoint.meanEmotion),
                                                     appearances: touchpoint.appearances.map { appearance in
                    let item = analysis.journey(appearance.journey)!
                    let stage = item.journey.stages[appearance.stageIndex]
                    return TouchpointInventoryValues.Appearance(journey: item.journey.title, stage: stage.name,
                                                                url: link(SitePaths.stage(stage.slug, of: item.journey.slug)))
                })
            })
        }
        let heatmaps = analysis.journeys.compactMap { item in
            touchpointHeatmap(item).map {
                TouchpointInventoryValues.Heatmap(title: item.journey.title, url: link(SitePaths.journey(item.journey.slug)), svg: HTML($0))
            }
        }
        return TouchpointInventoryValues(channels: channels, heatmaps: heatmaps)
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
