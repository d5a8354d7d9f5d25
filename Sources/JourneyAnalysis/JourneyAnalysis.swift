import JourneyModel

/// Everything computed about one journey, ready to be drawn and written.
public struct JourneyAnalysis: Sendable, Hashable {
    public var journey: Journey
    /// One curve per persona of the journey, in the journey's order; one overall curve when it has none.
    public var curves: [EmotionCurve]
    /// Per stage, the mean of the personas' scores; nil where no persona has one.
    public var stageScores: [Double?]
    /// The mean of the stage scores; nil when no stage has one.
    public var overallScore: Double?
    /// The overall score's 95 % confidence interval, from the survey answers behind it (`OverallInterval`).
    public var overallInterval: ClosedRange<Double>?
    /// Peak, lowest point, end, biggest drop… of the stage scores.
    public var summary: JourneySummary
    /// Friction of every stage, in stage order.
    public var friction: [StageFriction]
    /// Every opportunity, highest priority first.
    public var opportunities: [RankedOpportunity]
    /// The opportunities marked done, out of the ranking.
    public var shipped: [ShippedOpportunity]
    public var funnel: Funnel
    public var evidence: EvidenceCoverage
    /// The stage-by-stage comparison with the journey named by `compares`, when it exists.
    public var comparison: JourneyComparison?
    /// Per stage, the survey answers about it (of the wave the curve uses); nil where there are none.
    public var surveys: [StageSurvey?]
    /// The survey's waves, and the changes between them; nil when no answer has a wave.
    public var waves: SurveyWaves?
    /// Per stage, NPS, CSAT and CES from the survey rows about it; nil where no row answers them.
    public var indicators: [StageIndicators?]
    /// The journey's scores in earlier snapshots, and the change since the last one.
    public var trend: JourneyTrend?
    /// Per stage, the customer feedback about it (support, reviews, posts…).
    public var feedback: [StageFeedback]

    public init(journey: Journey, scale: EmotionScale, responses: [SurveyResponse] = [], minAnswers: Int = 5,
                quadrants: QuadrantRule = .standard, feedback: [FeedbackItem] = []) {
        self.journey = journey
        let feedback = journey.stages.map { stage in StageFeedback(feedback.filter { $0.stage == stage.slug }) }
        self.feedback = feedback
        let waves = SurveyWaves(journey: journey, responses: responses, scale: scale, minAnswers: minAnswers)
        self.waves = waves.names.isEmpty ? nil : waves
        let byStage = Dictionary(grouping: waves.used(responses), by: \.stage)
        let surveys = journey.stages.map { stage in
            StageSurvey(byStage[stage.slug] ?? [], scale: scale, minAnswers: minAnswers)
        }
        self.surveys = surveys
        indicators = journey.stages.map { StageIndicators(byStage[$0.slug] ?? []) }
        let personas: [String?] = journey.personas.isEmpty ? [nil] : journey.personas
        let curves = personas.map { EmotionCurve(journey: journey, persona: $0, surveys: surveys) }
        self.curves = curves
        let stageScores = journey.stages.indices.map { index in
            Self.mean(curves.compactMap { $0.scores[index]?.value })
        }
        self.stageScores = stageScores
        overallScore = Self.mean(stageScores.compactMap { $0 })
        overallInterval = OverallInterval.of(curves, surveys: surveys, around: overallScore)
        summary = JourneySummary(scores: stageScores, scale: scale)
        friction = StageFriction.of(journey)
        opportunities = RankedOpportunity.ranking(journey, rule: quadrants)
        shipped = ShippedOpportunity.all(in: journey)
        funnel = Funnel(journey: journey)
        evidence = EvidenceCoverage(journey: journey, feedback: feedback.map(\.items.count))
        comparison = nil
        trend = nil
    }

    /// Stages with friction, worst first.
    public var frictionRanking: [StageFriction] { StageFriction.ranking(friction) }

    /// The curve of one persona.
    public func curve(for persona: String) -> EmotionCurve? {
        curves.first { $0.persona == persona }
    }
}

/// The analysis of a whole site: one entry per journey, in the content's order.
public struct SiteAnalysis: Sendable, Hashable {
    public let content: SiteContent
    public let journeys: [JourneyAnalysis]
    /// Positions in `journeys` by slug, for lookups from thousands of pages.
    private let positions: [String: Int]

    public init(content: SiteContent) {
        self.content = content
        let site = content.site
        let responses = Dictionary(grouping: content.responses, by: \.journey)
        let feedback = Dictionary(grouping: content.feedback, by: \.journey)
        var journeys = content.journeys.concurrentMap {
            JourneyAnalysis(journey: $0, scale: site.scale, responses: responses[$0.slug] ?? [], minAnswers: site.minAnswers,
                            quadrants: site.quadrants, feedback: feedback[$0.slug] ?? [])
        }
        let bySlug = Dictionary(uniqueKeysWithValues: journeys.map { ($0.journey.slug, $0) })
        for index in journeys.indices {
            guard let target = journeys[index].journey.compares, let other = bySlug[target] else { continue }
            journeys[index].comparison = JourneyComparison(journeys[index], with: other)
        }
        for index in journeys.indices {
            let waves = Self.otherWaves(of: journeys[index], site: site, responses: responses[journeys[index].journey.slug] ?? [])
            journeys[index].trend = JourneyTrend(journeys[index], snapshots: content.snapshots, waves: waves)
        }
        self.journeys = journeys
        positions = Dictionary(journeys.enumerated().map { ($1.journey.slug, $0) }) { first, _ in first }
    }

    /// The journey analysed with the answers of each wave its curve does not use, in wave order.
    private static func otherWaves(of item: JourneyAnalysis, site: Site, responses: [SurveyResponse]) -> [JourneyTrend.Wave] {
        guard let waves = item.waves else { return [] }
        return waves.names.filter { $0 != waves.selected }.map { name in
            var journey = item.journey
            journey.surveyWave = name
            return JourneyTrend.Wave(name: name, analysis: JourneyAnalysis(journey: journey, scale: site.scale, responses: responses,
                                                                          minAnswers: site.minAnswers))
        }
    }

    /// The analysis of the journey with this slug.
    public func journey(_ slug: String) -> JourneyAnalysis? {
        positions[slug].map { journeys[$0] }
    }
}
