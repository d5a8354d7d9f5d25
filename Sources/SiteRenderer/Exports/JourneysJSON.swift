import Foundation
import JourneyAnalysis
import JourneyModel

/// `journeys.json`: the content and everything computed from it, for other tools.
///
/// Keys are sorted and scores rounded to three decimals, so the file is byte-identical from one
/// build of the same content to the next.
enum JourneysJSON {
    static let path = "journeys.json"

    /// The file's bytes, pretty-printed JSON and a final newline.
    static func bytes(_ analysis: SiteAnalysis) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = Array((try? encoder.encode(Document(analysis))) ?? Data())
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    static func round(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() / 1000 } }

    struct Document: Encodable {
        var generator = "journeymap"
        var site: SiteEntry
        var personas: [PersonaEntry]
        var journeys: [JourneyEntry]

        init(_ analysis: SiteAnalysis) {
            let site = analysis.content.site
            self.site = SiteEntry(title: site.title, language: site.language, scale: ScaleEntry(site.scale))
            personas = analysis.content.personas.map(PersonaEntry.init)
            journeys = analysis.journeys.map { JourneyEntry($0, quadrants: site.quadrants) }
        }
    }

    struct SiteEntry: Encodable {
        var title: String
        var language: String
        var scale: ScaleEntry
    }

    struct ScaleEntry: Encodable {
        var min: Int
        var max: Int
        var labels: [String: String]

        init(_ scale: EmotionScale) {
            min = scale.min
            max = scale.max
            labels = Dictionary(uniqueKeysWithValues: scale.labels.map { (String($0.key), $0.value) })
        }
    }

    struct PersonaEntry: Encodable {
        var slug, name: String
        var role, segment, quote, color: String?
        var goals, frustrations, channels: [String]
        /// Left out when the note has none.
        var empathy: EmpathyView?

        init(_ persona: Persona) {
            slug = persona.slug; name = persona.name; role = persona.role; segment = persona.segment
            quote = persona.quote; color = persona.color; goals = persona.goals
            frustrations = persona.frustrations; channels = persona.channels
            empathy = EmpathyView(persona.empathy)
        }
    }


    struct JourneyEntry: Encodable {
        var slug, title, state: String
        var compares, scenario, owner, language: String?
        var personas, expectations, tags: [String]
        var overallScore: Double?
        var summary: SummaryEntry
        var stages: [StageEntry]
        var funnel: [FunnelEntry]
        var evidence: EvidenceEntry
        var comparison: [ComparisonEntry]?
        /// The survey's waves and the changes between them.
        var waves: WavesEntry?

        init(_ item: JourneyAnalysis, quadrants: QuadrantRule) {
            let journey = item.journey
            slug = journey.slug; title = journey.title; state = journey.state.rawValue; compares = journey.compares
            scenario = journey.scenario; owner = journey.owner; language = journey.language; personas = journey.personas
            expectations = journey.expectations; tags = journey.tags
            overallScore = round(item.overallScore)
            summary = SummaryEntry(item.summary, stages: journey.stages)
            stages = journey.stages.indices.map { StageEntry(item, index: $0, quadrants: quadrants) }
            funnel = item.funnel.steps.map { FunnelEntry(stage: journey.stages[$0.index].slug, visitors: $0.visitors,
                                                         conversion: round($0.conversion), lost: $0.lost) }
            evidence = EvidenceEntry(researched: item.evidence.researched, assumed: item.evidence.assumed,
                                     unstated: item.evidence.unstated)
            waves = item.waves.map { WavesEntry($0, stages: journey.stages) }
            comparison = item.comparison.map { comparison in
                comparison.matches.map { ComparisonEntry(stage: journey.stages[$0.index].slug, delta: round($0.delta)) }
            }
        }
    }

    struct SummaryEntry: Encodable {
        var mean, peakEnd, shareAboveNeutral: Double?
        var peak, lowest, end: PointEntry?
        var biggestDrop: DropEntry?

        init(_ summary: JourneySummary, stages: [Stage]) {
            mean = round(summary.mean); peakEnd = round(summary.peakEnd); shareAboveNeutral = round(summary.shareAboveNeutral)
            let point = { (point: StagePoint?) in point.map { PointEntry(stage: stages[$0.index].slug, score: round($0.score)!) } }
            peak = point(summary.peak); lowest = point(summary.lowest); end = point(summary.end)
            biggestDrop = summary.biggestDrop.map {
                DropEntry(from: stages[$0.from].slug, to: stages[$0.from + 1].slug, amount: round($0.amount)!)
            }
        }
    }

    struct PointEntry: Encodable { var stage: String; var score: Double }
    struct DropEntry: Encodable { var from, to: String; var amount: Double }
    struct FunnelEntry: Encodable { var stage: String; var visitors: Int; var conversion: Double?; var lost: Int }
    struct EvidenceEntry: Encodable { var researched, assumed, unstated: Int }
    struct ComparisonEntry: Encodable { var stage: String; var delta: Double? }

    struct StageEntry: Encodable {
        var number: Int
        var slug, name: String
        var score: Double?
        var scores: [String: ScoreEntry]
        var feeling, quote, evidence, owner: String?
        var actions, thoughts: [String]
        var touchpoints: [TouchpointEntry]
        var steps: [StepEntry]
        var painPoints: [PainPointEntry]
        var opportunities: [OpportunityEntry]
        var metrics: MetricsEntry
        /// NPS, CSAT and CES from the survey's answers.
        var indicators: StageIndicatorsEntry?
        var friction: Int
        /// The stage's feedback items, newest first; left out when there are none.
        var feedback: [FeedbackEntry]?
        /// What the stage writes in the site's own lanes, by key; left out when nothing.
        var lanes: [String: LaneEntry]?
        /// What the stage writes in the lanes of a service blueprint, by lane; left out when nothing.
        var blueprint: [String: [BlueprintEntry]]?

        init(_ item: JourneyAnalysis, index: Int, quadrants: QuadrantRule) {
            let stage = item.journey.stages[index]
            number = stage.number; slug = stage.slug; name = stage.name; score = round(item.stageScores[index])
            scores = Dictionary(uniqueKeysWithValues: item.curves.compactMap { curve in
                curve.scores[index].map { (curve.persona ?? "all", ScoreEntry(value: round($0.value)!, source: $0.source.rawValue)) }
            })
            feeling = stage.feeling; quote = stage.quote; evidence = stage.evidence?.rawValue; owner = stage.owner
            actions = stage.actions; thoughts = stage.thoughts
            touchpoints = stage.touchpoints.map { TouchpointEntry(name: $0.name, channel: $0.channel, emotion: $0.emotion) }
            steps = stage.steps.map { StepEntry(name: $0.name, score: $0.score, actors: $0.actors) }
            painPoints = stage.painPoints.map { PainPointEntry(text: $0.text, severity: $0.severity.rawValue, id: $0.id?.name) }
            opportunities = stage.opportunities.map {
                OpportunityEntry(text: $0.text, impact: $0.impact?.rawValue, effort: $0.effort?.rawValue, owner: $0.owner,
                                 status: $0.status?.rawValue,
                                 quadrant: RankedOpportunity(opportunity: $0, stageIndex: index, rule: quadrants).quadrant?.rawValue,
                                 id: $0.id?.name, addresses: $0.addresses.isEmpty ? nil : $0.addresses.map(\.name))
            }
            metrics = MetricsEntry(visitors: stage.metrics.visitors, csat: stage.metrics.csat, nps: stage.metrics.nps, ces: stage.metrics.ces)
            indicators = item.indicators[index].map(StageIndicatorsEntry.init)
            friction = item.friction[index].score
            let items = item.feedback[index].items
            lanes = stage.lanes.isEmpty ? nil : stage.lanes.mapValues(LaneEntry.init)
            blueprint = stage.blueprint.isEmpty ? nil : Dictionary(uniqueKeysWithValues: stage.blueprint.map { lane, items in
                (lane.rawValue, items.map { BlueprintEntry(text: $0.text, owner: $0.owner, serves: $0.serves) })
            })
            feedback = items.isEmpty ? nil : items.map {
                FeedbackEntry(text: $0.text, channel: $0.channel, date: $0.date, persona: $0.persona, pain: $0.pain)
            }
        }
    }

    struct ScoreEntry: Encodable { var value: Double; var source: String }
    struct TouchpointEntry: Encodable { var name: String; var channel: String?; var emotion: Double? }
    struct StepEntry: Encodable { var name: String; var score: Double?; var actors: [String]? }
    struct PainPointEntry: Encodable { var text, severity: String; var id: String? }
    struct OpportunityEntry: Encodable { var text: String; var impact, effort, owner, status, quadrant, id: String?; var addresses: [String]? }
    /// A lane's content as its kind writes it: a list of texts, a list of items, a text or a number.
    enum LaneEntry: Encodable {
        case texts([String]), items([LaneItemEntry]), text(String), number(Double)

        init(_ content: LaneContent) {
            switch content {
            case .texts(let texts): self = .texts(texts)
            case .items(let items): self = .items(items.map { LaneItemEntry(text: $0.text, owner: $0.owner, status: $0.status?.rawValue) })
            case .text(let text): self = .text(text)
            case .metric(let value): self = .number(value)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .texts(let texts): try container.encode(texts)
            case .items(let items): try container.encode(items)
            case .text(let text): try container.encode(text)
            case .number(let value): try container.encode(value)
            }
        }
    }
    struct BlueprintEntry: Encodable { var text: String; var owner, serves: String? }
    struct LaneItemEntry: Encodable { var text: String; var owner, status: String? }
    struct FeedbackEntry: Encodable { var text, channel: String; var date, persona, pain: String? }
    struct MetricsEntry: Encodable { var visitors: Int?; var csat, nps, ces: Double? }
}
