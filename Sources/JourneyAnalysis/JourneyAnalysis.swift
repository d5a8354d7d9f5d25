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

    public init(journey: Journey) {
        self.journey = journey
        let personas: [String?] = journey.personas.isEmpty ? [nil] : journey.personas
        let curves = personas.map { EmotionCurve(journey: journey, persona: $0) }
        self.curves = curves
        stageScores = journey.stages.indices.map { index in
            mean(curves.compactMap { $0.scores[index]?.value })
        }
        overallScore = mean(stageScores.compactMap { $0 })
    }
}

/// The analysis of a whole site: one entry per journey, in the content's order.
public struct SiteAnalysis: Sendable, Hashable {
    public var content: SiteContent
    public var journeys: [JourneyAnalysis]

    public init(content: SiteContent) {
        self.content = content
        journeys = content.journeys.concurrentMap(JourneyAnalysis.init(journey:))
    }

    /// The analysis of the journey with this slug.
    public func journey(_ slug: String) -> JourneyAnalysis? {
        journeys.first { $0.journey.slug == slug }
    }
}
