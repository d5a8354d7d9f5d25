import JourneyAnalysis
import JourneyModel
import Templating

/// A journey's page, and its standalone report: header, map, curve, lanes and analysis.
struct JourneyPageValues: Encodable {
    let journey: JourneyCard
    let scenario: String?
    let expectations: [String]
    /// The journey's summary, from the Markdown of journey.md.
    let body: HTML
    let hasBody: Bool
    let personas: [PersonaCard]
    /// The journey's personas that have an empathy map, for the map's closing section.
    let empathyMaps: [PersonaCard]
    let stages: [StageView]
    let stageCount: Int
    /// The emotion curve chart.
    let curve: HTML
    /// The curve's main finding in words.
    let finding: String
    /// Which optional lanes have something in at least one stage.
    let lanes: Lanes
    /// The rows of the map after the curve, in the order the site or the journey sets.
    let mapLanes: [MapLane]
    let figures: [FigureView]
    let curveTable: CurveTable
    let friction: [FrictionRow]
    let opportunities: [OpportunityRow]
    /// The opportunities marked done, out of the ranking.
    let shipped: [ShippedView]
    /// The impact/effort matrix, when an opportunity is rated.
    let matrix: HTML?
    /// How impact and effort place an opportunity in a quadrant, in words, for under the matrix.
    let matrixRule: String
    /// The funnel chart, when two stages count visitors.
    let funnel: HTML?
    let funnelFinding: String
    let funnelRows: [FunnelRow]
    /// The touchpoint heatmap, when the journey has touchpoints.
    let heatmap: HTML?
    let heatmapTable: HeatmapTable
    let comparison: ComparisonView?
    let trend: TrendView?
    /// The survey's waves and the changes between them, when its answers have waves.
    let waves: WavesView?
    /// The address of each standalone chart, by name (`charts.emotion-curve`).
    let charts: [String: String]

    struct Lanes: Encodable {
        let feeling: Bool
        let actions: Bool
        let thoughts: Bool
        let touchpoints: Bool
        let steps: Bool
        let painPoints: Bool
        let opportunities: Bool
        let metrics: Bool
        let owners: Bool
        let verbatims: Bool
        let feedback: Bool
        let changes: Bool

        /// Whether the built-in `lane` has something in at least one stage.
        func has(_ lane: BuiltinLane) -> Bool {
            switch lane {
            case .feeling: feeling
            case .actions: actions
            case .thoughts: thoughts
            case .touchpoints: touchpoints
            case .steps: steps
            case .painPoints: painPoints
            case .opportunities: opportunities
            case .verbatims: verbatims
            case .feedback: feedback
            case .changes: changes
            }
        }
    }
}

/// A stage's own page, with links to its neighbours.
struct StagePageValues: Encodable {
    let journey: TitledLink
    /// A `StageView`, the one the journey's map shows (see `JourneyBodies`).
    let stage: TemplateValue
    /// `3 / 7`.
    let position: String
    let previous: NamedLink?
    let next: NamedLink?
}

/// The values of a journey's page and of its stages' pages.
extension PageContext {
    /// The journey map: header, curve, lanes, owners and metrics.
    func journeyValues(_ item: JourneyAnalysis) -> JourneyPageValues {
        let journey = item.journey
        let stages = journey.stages.indices.map { stageValues(item, index: $0) }
        let personas = journey.personas.compactMap { analysis.content.persona($0) }.map(personaCard)
        let lanes = lanePresence(item)
        return JourneyPageValues(
            journey: journeySummary(item), scenario: journey.scenario, expectations: journey.expectations,
            body: HTML(journey.bodyHTML), hasBody: !journey.bodyHTML.isEmpty,
            personas: personas, empathyMaps: personas.filter { $0.empathy != nil },
            stages: stages, stageCount: stages.count, curve: HTML(emotionCurve(item)), finding: curveFinding(item),
            lanes: lanes, mapLanes: mapLanes(item, present: lanes), figures: summaryValues(item), curveTable: curveTable(item), friction: frictionRows(item),
            opportunities: opportunityRows(item), shipped: shippedValues(item, namingJourney: false), matrix: opportunityMatrix(item).map(HTML.init), matrixRule: matrixRule(), funnel: funnelChart(item).map(HTML.init),
            funnelFinding: funnelFinding(item), funnelRows: funnelRows(item), heatmap: touchpointHeatmap(item).map(HTML.init),
            heatmapTable: heatmapTable(item), comparison: comparisonValues(item), trend: trendValues(item), waves: waveValues(item),
            charts: Dictionary(uniqueKeysWithValues: JourneyChart.allCases.map { ($0.rawValue, link(JourneyChart.path($0, of: journey.slug))) }))
    }

    /// One stage's page, with links to its neighbours; `stage` is its `StageView`.
    func stagePageValues(_ item: JourneyAnalysis, index: Int, stage: TemplateValue) -> StagePageValues {
        let stages = item.journey.stages
        let neighbour = { (index: Int) in
            stages.indices.contains(index)
                ? NamedLink(name: stages[index].name, url: link(SitePaths.stage(stages[index].slug, of: item.journey.slug))) : nil
        }
        return StagePageValues(journey: TitledLink(title: item.journey.title, url: link(SitePaths.journey(item.journey.slug))),
                               stage: stage, position: "\(index + 1) / \(stages.count)",
                               previous: neighbour(index - 1), next: neighbour(index + 1))
    }

    /// Which optional lanes have something in at least one stage, so empty rows are left out.
    func lanePresence(_ item: JourneyAnalysis) -> JourneyPageValues.Lanes {
        let stages = item.journey.stages
        let metrics = stages.contains { !$0.metrics.isEmpty } || item.indicators.contains { $0 != nil }
        return JourneyPageValues.Lanes(
            feeling: stages.contains { $0.feeling != nil || $0.quote != nil },
            actions: stages.contains { !$0.actions.isEmpty },
            thoughts: stages.contains { !$0.thoughts.isEmpty },
            touchpoints: stages.contains { !$0.touchpoints.isEmpty },
            steps: stages.contains { !$0.steps.isEmpty },
            painPoints: stages.contains { !$0.painPoints.isEmpty },
            opportunities: stages.contains { !$0.opportunities.isEmpty },
            metrics: metrics,
            owners: metrics || stages.contains { $0.owner != nil || $0.evidence != nil },
            verbatims: item.surveys.contains { !($0?.verbatims.isEmpty ?? true) },
            feedback: item.feedback.contains { !$0.items.isEmpty },
            changes: !(item.trend?.changes.isEmpty ?? true))
    }
}
