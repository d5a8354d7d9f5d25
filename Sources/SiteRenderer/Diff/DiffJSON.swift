import Foundation
import JourneyAnalysis
import JourneyModel

/// A diff as JSON for tools: every change typed, keys sorted, the same bytes for the same diff.
public enum DiffJSON {
    public static func render(_ diff: ExperienceDiff, base: String, head: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(diff, base: base, head: head)
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }

    /// A number as JSON writes it: to six decimals, so that `−1.1 − −0.5` is `−0.6`.
    static func rounded(_ value: Double?) -> Double? { value.map { ($0 * 1e6).rounded() / 1e6 } }

    struct Document: Encodable {
        var base: String, head: String, summary: String
        var personasAdded: [Item], personasRemoved: [Item], journeysAdded: [Item], journeysRemoved: [Item]
        var journeys: [JourneyEntry]
        var notCompared: [NotCompared]
        var surveyRows: Pair<Tally>?
        var newErrors: [DiagnosticEntry], newWarnings: [DiagnosticEntry]

        init(_ diff: ExperienceDiff, base: String, head: String) {
            self.base = base
            self.head = head
            summary = DiffPhrases(escape: { $0 }).summary(diff)
            personasAdded = diff.personasAdded.map(Item.init)
            personasRemoved = diff.personasRemoved.map(Item.init)
            journeysAdded = diff.journeysAdded.map(Item.init)
            journeysRemoved = diff.journeysRemoved.map(Item.init)
            journeys = diff.journeys.map(JourneyEntry.init)
            notCompared = diff.notCompared.map { NotCompared(journey: Item($0.journey), errorsAtBase: $0.errorsAtBase, errorsAtHead: $0.errorsAtHead) }
            surveyRows = diff.surveyRows.map { Pair(before: Tally($0.before), after: Tally($0.after)) }
            newErrors = diff.newErrors.map(DiagnosticEntry.init)
            newWarnings = diff.newWarnings.map(DiagnosticEntry.init)
        }
    }

    struct Item: Encodable {
        var slug: String, name: String
        init(_ item: NamedItem) { (slug, name) = (item.slug, item.name) }
    }

    struct Pair<Value: Encodable>: Encodable {
        var before: Value, after: Value
    }

    struct Tally: Encodable {
        var read: Int, rejected: Int
        init(_ tally: SurveyTally) { (read, rejected) = (tally.read, tally.rejected) }
    }

    struct NotCompared: Encodable {
        var journey: Item, errorsAtBase: Bool, errorsAtHead: Bool
    }

    struct DiagnosticEntry: Encodable {
        var severity: String, file: String, line: Int, column: Int, message: String, hint: String?
        init(_ diagnostic: Diagnostic) {
            (severity, file, line, column) = (diagnostic.severity.rawValue, diagnostic.location.file, diagnostic.location.line, diagnostic.location.column)
            (message, hint) = (diagnostic.message, diagnostic.hint)
        }
    }

    struct JourneyEntry: Encodable {
        var slug: String, title: String, titleBefore: String?
        var stages: [StageEntry], scores: [ScoreEntry], painPoints: [PainPointEntry], opportunities: [OpportunityEntry]
        var figures: [FigureEntry]
        var surveyAnswers: Pair<Int>?
        var curves: Pair<[Point]>

        init(_ journey: JourneyDiff) {
            (slug, title, titleBefore) = (journey.journey.slug, journey.journey.name, journey.title?.before)
            stages = journey.stages.map(StageEntry.init)
            scores = journey.scores.map(ScoreEntry.init)
            painPoints = journey.painPoints.map(PainPointEntry.init)
            opportunities = journey.opportunities.map(OpportunityEntry.init)
            figures = journey.figures.map { FigureEntry(figure: $0.figure.rawValue, before: rounded($0.value.before), after: rounded($0.value.after),
                                                         delta: rounded($0.delta)) }
            surveyAnswers = journey.surveyAnswers.map { Pair(before: $0.before, after: $0.after) }
            curves = Pair(before: journey.curves.before.map(Point.init), after: journey.curves.after.map(Point.init))
        }
    }

    struct Point: Encodable {
        var stage: String, score: Double?
        init(_ point: CurvePoint) { (stage, score) = (point.stage, rounded(point.score)) }
    }

    struct StageEntry: Encodable {
        var change: String, slug: String, name: String
        var position: Int?, before: Item?, place: Pair<Int>?

        init(_ change: StageChange) {
            switch change {
            case .added(let stage, let position): (self.change, slug, name, self.position) = ("added", stage.slug, stage.name, position)
            case .removed(let stage, let position): (self.change, slug, name, self.position) = ("removed", stage.slug, stage.name, position)
            case .renamed(let names): (self.change, slug, name, before) = ("renamed", names.after.slug, names.after.name, Item(names.before))
            case .moved(let stage, let places): (self.change, slug, name, place) = ("moved", stage.slug, stage.name, Pair(before: places.before, after: places.after))
            }
        }
    }

    struct Reading: Encodable {
        var score: Double, source: String, answers: Int?
        init(_ reading: ScoreReading) { (score, source, answers) = (rounded(reading.value)!, reading.source.rawValue, reading.answers) }
    }

    struct ScoreEntry: Encodable {
        var stage: String, persona: Item?, before: Reading?, after: Reading?, delta: Double?
        init(_ change: ScoreChange) {
            (stage, persona) = (change.stage, change.persona.map(Item.init))
            (before, after, delta) = (change.reading.before.map(Reading.init), change.reading.after.map(Reading.init), rounded(change.delta))
        }
    }

    struct PainPointEntry: Encodable {
        var stage: String, text: String, change: String, severity: String, severityBefore: String?
        init(_ change: PainPointChange) {
            (stage, text) = (change.stage, change.text)
            switch change.kind {
            case .added(let level): (self.change, severity) = ("added", level.rawValue)
            case .removed(let level): (self.change, severity) = ("removed", level.rawValue)
            case .severity(let levels): (self.change, severity, severityBefore) = ("severity", levels.after.rawValue, levels.before.rawValue)
            }
        }
    }

    struct OpportunityEntry: Encodable {
        var stage: String, text: String, change: String, fields: [FieldEntry]
        init(_ change: OpportunityChange) {
            (stage, text) = (change.stage, change.text)
            func set(_ opportunity: Opportunity, before: Bool) -> [FieldEntry] {
                OpportunityChange.Field.allCases.compactMap { field in
                    field.value(in: opportunity).map { FieldEntry(field: field.rawValue, before: before ? $0 : nil, after: before ? nil : $0) }
                }
            }
            switch change.kind {
            case .added(let opportunity): (self.change, fields) = ("added", set(opportunity, before: false))
            case .removed(let opportunity): (self.change, fields) = ("removed", set(opportunity, before: true))
            case .changed(let changes): (self.change, fields) = ("changed", changes.map { FieldEntry(field: $0.field.rawValue, before: $0.value.before, after: $0.value.after) })
            }
        }
    }

    struct FieldEntry: Encodable {
        var field: String, before: String?, after: String?
    }

    struct FigureEntry: Encodable {
        var figure: String, before: Double?, after: Double?, delta: Double?
    }
}
