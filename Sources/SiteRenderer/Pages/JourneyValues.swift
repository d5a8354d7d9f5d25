import JourneyAnalysis
import JourneyModel

/// A journey as listed on the index, tag and persona pages, and in the journey page's header.
struct JourneyCard: Encodable {
    let slug: String
    let title: String
    /// The journey's language, when it is not the page's.
    let lang: String?
    let url: String
    /// `current` or `future`.
    let state: String
    let stateLabel: String
    let isFuture: Bool
    let stageCount: Int
    /// The mean of the stages' scores.
    let score: ScoreView
    let personas: [PersonaLink]
    let tags: [NamedLink]
    let reportURL: String
    /// Its map on one large page.
    let posterURL: String
    /// Its whole map as one SVG drawing.
    let posterSVGURL: String
    let owner: String?
    /// A small emotion curve.
    let sparkline: HTML
    /// The journey a future journey improves on.
    let compares: TitledLink?
}

/// A persona's name, role, colour and page link.
struct PersonaLink: Encodable {
    let slug: String
    let name: String
    let role: String?
    let url: String
    /// `#rgb` or `#rrggbb`.
    let color: String?
    /// The site's language, when the page speaks another.
    let contentLang: String?
}

/// A persona's card: their link, and everything else from the front matter.
struct PersonaCard: Encodable {
    let link: PersonaLink
    let segment: String?
    let quote: String?
    let goals: [String]
    let frustrations: [String]
    let channels: [String]
    /// Their empathy map; nil when the note has none.
    let empathy: EmpathyView?

    private enum Keys: String, CodingKey { case segment, quote, goals, frustrations, channels, empathy }

    /// The link's values and the card's side by side, as templates see them.
    func encode(to encoder: any Encoder) throws {
        try link.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(segment, forKey: .segment)
        try container.encodeIfPresent(quote, forKey: .quote)
        try container.encode(goals, forKey: .goals)
        try container.encode(frustrations, forKey: .frustrations)
        try container.encode(channels, forKey: .channels)
        try container.encodeIfPresent(empathy, forKey: .empathy)
    }
}

/// A persona's empathy map, as templates and journeys.json see it: each list in the persona note's words.
struct EmpathyView: Encodable {
    let says: [String]
    let thinks: [String]
    let does: [String]
    let feels: [String]
    let pains: [String]
    let gains: [String]

    init?(_ map: EmpathyMap) {
        guard !map.isEmpty else { return nil }
        (says, thinks, does, feels, pains, gains) = (map.says, map.thinks, map.does, map.feels, map.pains, map.gains)
    }
}

/// A stage with every lane, as shown in the journey map and on the stage's own page.
struct StageView: Encodable {
    let number: Int
    let slug: String
    let name: String
    let url: String
    let score: ScoreView
    let personaScores: [PersonaScore]
    let feeling: String?
    let quote: String?
    let actions: [String]
    let thoughts: [String]
    let touchpoints: [Touchpoint]
    let steps: [Step]
    /// The most severe first.
    let painPoints: [PainPoint]
    let opportunities: [Opportunity]
    /// Visitors as typed; NPS, CSAT and CES from the survey's answers, else as typed.
    let metrics: [Metric]
    /// NPS, CSAT and CES from the survey's answers, per persona who gave some.
    let indicatorPersonas: [PersonaIndicators]
    /// The kind of research behind the stage, in words.
    let evidence: String?
    let isAssumption: Bool
    let owner: String?
    /// When in the day it happens, `HH:MM`, in a daily-routine journey.
    let timeOfDay: String?
    /// The note's Markdown, as HTML.
    let body: HTML
    let hasBody: Bool
    let survey: SurveyView?
    let verbatimExtremes: VerbatimExtremes?
    let change: ChangeView?
    /// The customer feedback about the stage; nil when there is none.
    let feedback: FeedbackView?
    /// The site's own lanes the stage writes in, for its page.
    let laneBoxes: [LaneBox]
    /// The service blueprint's lanes the stage writes in, in a blueprint journey.
    let blueprintBoxes: [BlueprintBox]

    struct PersonaScore: Encodable {
        let name: String
        let score: ScoreView
        /// `explicit`, `steps`, `touchpoints` or `survey`.
        let source: String
    }

    struct Touchpoint: Encodable {
        let name: String
        let channel: String?
        let score: ScoreView?
        let hasScore: Bool
    }

    struct Step: Encodable {
        let name: String
        let score: ScoreView?
        let hasScore: Bool
        /// The personas who take the step, by name, comma-separated.
        let actors: String
    }

    struct PainPoint: Encodable {
        let text: String
        /// `low`, `medium` or `high`.
        let severity: String
        let severityLabel: String
    }

    struct Opportunity: Encodable {
        let text: String
        let owner: String?
        /// The impact in words, and as `low`, `medium` or `high`.
        let impact: String?
        let impactLevel: String?
        let effort: String?
        let effortLevel: String?
        /// The status in words, and as written (`proposed`, `planned`, `in-progress`, `done`).
        let status: String?
        let statusKey: String?
    }

    struct Metric: Encodable {
        let label: String
        let value: String
        /// Where NPS, CSAT and CES come from, in words: the survey's answers (with n and the
        /// 95 % interval) or the note; nil for visitors.
        let source: String?
        /// Whether it is computed from survey answers.
        let fromAnswers: Bool
    }

    /// One persona's NPS, CSAT and CES from the survey's answers.
    struct PersonaIndicators: Encodable {
        let name: String
        let metrics: [Metric]
    }
}

/// The values of journeys and stages, shared by every page that shows them.
extension PageContext {
    /// A journey as listed on the index and persona pages, and in the journey page's header.
    func journeySummary(_ item: JourneyAnalysis) -> JourneyCard {
        let journey = item.journey
        let compared = journey.compares.flatMap { target in
            analysis.content.journey(target).map { TitledLink(title: $0.title, url: link(SitePaths.journey(target))) }
        }
        return JourneyCard(
            slug: journey.slug, title: journey.title, lang: language(of: journey), url: link(SitePaths.journey(journey.slug)),
            state: journey.state.rawValue, stateLabel: strings["state_\(journey.state.rawValue)"], isFuture: journey.state == .future,
            stageCount: journey.stages.count, score: scoreValues(item.overallScore),
            personas: journey.personas.compactMap { analysis.content.persona($0) }.map(personaLink),
            tags: tagLinks(journey.tags), reportURL: link(SitePaths.report(journey.slug)),
            posterURL: link(SitePaths.poster(journey.slug)), posterSVGURL: link(SitePaths.posterSVG(journey.slug)), owner: journey.owner,
            sparkline: HTML(Sparkline(id: "spark-\(journey.slug)", values: item.stageScores, scale: site.scale,
                                      title: journey.title, description: curveFinding(item)).svg()),
            compares: compared)
    }

    /// A persona's name, role, colour and page link.
    func personaLink(_ persona: Persona) -> PersonaLink {
        PersonaLink(slug: persona.slug, name: persona.name, role: persona.role, url: link(SitePaths.persona(persona.slug)),
                    color: persona.color, contentLang: contentLanguage)
    }

    /// A persona's card: everything from the front matter.
    func personaCard(_ persona: Persona) -> PersonaCard {
        PersonaCard(link: personaLink(persona), segment: persona.segment, quote: persona.quote,
                    goals: persona.goals, frustrations: persona.frustrations, channels: persona.channels,
                    empathy: EmpathyView(persona.empathy))
    }

    /// A stage with every lane, as shown in the journey map and on the stage's own page.
    func stageValues(_ item: JourneyAnalysis, index: Int) -> StageView {
        let journey = item.journey
        let stage = journey.stages[index]
        let personaScores = item.curves.compactMap { curve -> StageView.PersonaScore? in
            guard let persona = curve.persona, let score = curve.scores[index] else { return nil }
            let name = analysis.content.persona(persona)?.name ?? persona
            return StageView.PersonaScore(name: name, score: scoreValues(score.value), source: score.source.rawValue)
        }
        return StageView(
            number: stage.number, slug: stage.slug, name: stage.name, url: link(SitePaths.stage(stage.slug, of: journey.slug)),
            score: scoreValues(item.stageScores[index]), personaScores: personaScores, feeling: stage.feeling, quote: stage.quote,
            actions: stage.actions, thoughts: stage.thoughts,
            touchpoints: stage.touchpoints.map { touchpoint in
                StageView.Touchpoint(name: touchpoint.name, channel: touchpoint.channel, score: touchpoint.emotion.map { scoreValues($0) },
                                     hasScore: touchpoint.emotion != nil)
            },
            steps: stage.steps.map { step in
                StageView.Step(name: step.name, score: step.score.map { scoreValues($0) }, hasScore: step.score != nil,
                               actors: (step.actors ?? []).map { analysis.content.persona($0)?.name ?? $0 }.joined(separator: ", "))
            },
            painPoints: stage.painPoints.sorted { $0.severity > $1.severity }.map { pain in
                StageView.PainPoint(text: pain.text, severity: pain.severity.rawValue, severityLabel: strings["severity_\(pain.severity.rawValue)"])
            },
            opportunities: stage.opportunities.map(opportunityValues),
            metrics: metricValues(stage.metrics, answers: item.indicators[index]?.overall, wave: item.waves?.selected),
            indicatorPersonas: item.journey.personas.compactMap { slug in
                item.indicators[index]?.byPersona[slug].map { statistics in
                    StageView.PersonaIndicators(name: analysis.content.persona(slug)?.name ?? slug, metrics: indicatorValues(statistics, wave: item.waves?.selected))
                }
            },
            evidence: stage.evidence.map { strings["evidence_\($0.rawValue)"] }, isAssumption: stage.evidence == .assumption,
            owner: stage.owner, timeOfDay: stage.timeOfDay, body: HTML(stage.bodyHTML), hasBody: !stage.bodyHTML.isEmpty,
            survey: surveyValues(item, index: index), verbatimExtremes: verbatimExtremes(item, index: index),
            change: changeValues(item, index: index), feedback: feedbackValues(item.feedback[index]), laneBoxes: laneBoxes(stage),
            blueprintBoxes: blueprintBoxes(stage, in: journey))
    }

    /// A stage's feedback: the count per channel, every item, and the newest few for the map.
    private func feedbackValues(_ feedback: StageFeedback) -> FeedbackView? {
        guard !feedback.items.isEmpty else { return nil }
        let items = feedback.items.map { item in
            FeedbackView.Item(text: item.text, channel: item.channel, date: item.date,
                              persona: item.persona.map { analysis.content.persona($0)?.name ?? $0 })
        }
        return FeedbackView(count: items.count, channels: feedback.channels.map { FeedbackView.ChannelCount(channel: $0.channel, count: $0.count) },
                            items: items, latest: Array(items.prefix(FeedbackView.onTheMap)))
    }

    private func opportunityValues(_ opportunity: Opportunity) -> StageView.Opportunity {
        StageView.Opportunity(
            text: opportunity.text, owner: opportunity.owner,
            impact: opportunity.impact.map { strings["level_\($0.rawValue)"] }, impactLevel: opportunity.impact?.rawValue,
            effort: opportunity.effort.map { strings["level_\($0.rawValue)"] }, effortLevel: opportunity.effort?.rawValue,
            status: opportunity.status.map { strings["status_\($0.rawValue)"] }, statusKey: opportunity.status?.rawValue)
    }

    /// Visitors as typed, then NPS, CSAT and CES: from the answers where the survey has them, as typed where not.
    private func metricValues(_ metrics: Metrics, answers: IndicatorStatistics?, wave: String?) -> [StageView.Metric] {
        var values: [StageView.Metric] = []
        if let visitors = metrics.visitors {
            values.append(.init(label: strings["metric_visitors"], value: format.integer(visitors), source: nil, fromAnswers: false))
        }
        func typed(_ key: String, _ value: Double?, digits: Int, answered: Bool) {
            guard let value, !answered else { return }
            values.append(.init(label: strings[key], value: format.decimal(value, digits: digits), source: strings["metric_typed"], fromAnswers: false))
        }
        values += answers.map { indicatorValues($0, wave: wave) } ?? []
        typed("metric_csat", metrics.csat, digits: 1, answered: answers?.csat != nil)
        typed("metric_nps", metrics.nps, digits: 0, answered: answers?.nps != nil)
        typed("metric_ces", metrics.ces, digits: 1, answered: answers?.ces != nil)
        return values
    }
}

/// A stage's customer feedback (support tickets, reviews, posts…), as the map and the stage's page show it.
struct FeedbackView: Encodable {
    /// How many of the newest items the map shows; the stage's page shows them all.
    static let onTheMap = 2

    let count: Int
    /// Items per channel, the busiest first.
    let channels: [ChannelCount]
    /// Every item, the newest first.
    let items: [Item]
    /// The newest items, for the map.
    let latest: [Item]

    struct ChannelCount: Encodable {
        let channel: String
        let count: Int
    }

    struct Item: Encodable {
        let text: String
        let channel: String
        /// `YYYY-MM-DD`, when the row gives one.
        let date: String?
        /// The persona's name, when the row names one.
        let persona: String?
    }
}
