import JourneyAnalysis

/// The charts of a journey that are also written as standalone `.svg` files beside its page.
enum JourneyChart: String, CaseIterable, Sendable {
    case emotionCurve = "emotion-curve"
    case opportunities
    case funnel
    case touchpoints

    static func path(_ chart: JourneyChart, of journey: String) -> String { "journeys/\(journey)/\(chart.rawValue).svg" }

    /// Whether the journey has something to draw in this chart; `standalone` is nil exactly when not.
    func hasContent(_ item: JourneyAnalysis) -> Bool {
        switch self {
        case .emotionCurve: true
        case .opportunities: item.opportunities.contains { $0.quadrant != nil }
        case .funnel: !item.funnel.isEmpty
        case .touchpoints: item.journey.stages.contains { !$0.touchpoints.isEmpty }
        }
    }

    /// The chart as a standalone file with `style` embedded; nil when the journey has nothing to draw.
    func standalone(_ item: JourneyAnalysis, in analysis: SiteAnalysis, words: InterfaceWords, style: String) -> String? {
        let page = PageContext(analysis: analysis, words: words, path: Self.path(self, of: item.journey.slug),
                               language: item.journey.language ?? analysis.content.site.language)
        let svg: String? = switch self {
        case .emotionCurve: page.emotionCurve(item, style: style)
        case .opportunities: page.opportunityMatrix(item, style: style)
        case .funnel: page.funnelChart(item, style: style)
        case .touchpoints: page.touchpointHeatmap(item, style: style)
        }
        return svg.map { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + $0 + "\n" }
    }
}
