import JourneyAnalysis
import JourneyModel
@testable import SiteRenderer
import Testing

@Suite("Diff reports: phrases, escaping, sparklines and fail-on conditions")
struct DiffReportTests {
    let phrases = DiffPhrases(escape: { $0 })

    /// A site of one journey whose one stage scores `score` for Claire, with `pains`.
    func side(_ score: Double, pains: [PainPoint] = [], title: String = "Cake order") -> DiffSide {
        let stage = Stage(number: 1, slug: "purchase", name: "Purchase", emotions: ["claire": score], painPoints: pains)
        let journey = Journey(slug: "cake", title: title, personas: ["claire"], stages: [stage])
        let content = SiteContent(site: Site(title: "Bakery"), personas: [Persona(slug: "claire", name: "Claire Martin")], journeys: [journey])
        return DiffSide(analysis: SiteAnalysis(content: content))
    }

    @Test func changesAreShownAsTheSiteShowsThem() {
        #expect(phrases.change(-0.6) == "▼ \u{2212}0.6")
        #expect(phrases.change(0.25) == "▲ +0.3")
        #expect(phrases.change(0.04) == "= no change (+0.04)")
        #expect(phrases.change(0) == "")
        #expect(phrases.reading(ScoreReading(value: 0.7, source: .survey, answers: 12)) == "+0.7 (survey, n = 12)")
        #expect(phrases.reading(ScoreReading(value: -1, source: .explicit)) == "\u{2212}1 (note)")
        #expect(phrases.reading(nil) == "none")
    }

    @Test func theSummarySaysTheLargestScoreChangeAndTheNewHighPainPoints() {
        let diff = ExperienceDiff(base: side(-0.5), head: side(-1.1, pains: [PainPoint(text: "Slow", severity: .high)]))
        #expect(phrases.summary(diff) == "1 journey changed: Cake order (Purchase \u{2212}0.6 for Claire Martin); 1 new high pain point")
        #expect(phrases.summary(ExperienceDiff(base: side(1), head: side(1))) == "No change to the customer experience.")
    }

    @Test func markdownShowsContentAsItIsAndMentionsNobody() {
        #expect(DiffMarkdown.escape("<b>*Fee* | @team & [link](x)\nnext") == "&lt;b&gt;\\*Fee\\* \\| \\@team &amp; \\[link\\](x) next")
        let diff = ExperienceDiff(base: side(-0.5, title: "Cake <order>"), head: side(-1.1, title: "Cake <order>"))
        let markdown = DiffMarkdown.render(diff, base: "main", head: "working tree")
        #expect(markdown.contains("<details><summary><b>Cake &lt;order&gt;</b>: Overall score: \u{2212}0.5 → \u{2212}1.1 ▼ \u{2212}0.6</summary>"))
        #expect(!markdown.contains("<order>"))
    }

    @Test func aSparklineHasABlockPerStageAndADotWhereThereIsNoScore() {
        let points = [-2, -1, 0, nil, 1, 2].enumerated().map { CurvePoint(stage: "S\($0.offset)", score: $0.element) }
        #expect(TextSparkline.of(points, scale: EmotionScale()) == "▁▃▅·▆█")
    }

    @Test func failOnConditionsAreReadAndMet() throws {
        #expect(DiffCondition.list("score-drop:0.5,new-high-pain,new-errors") == [.scoreDrop(0.5), .newHighPain, .newErrors])
        #expect(DiffCondition.list("score-drop:-1") == nil)
        #expect(DiffCondition.list("new-pain") == nil)
        #expect(DiffCondition.list("") == nil)
        let diff = ExperienceDiff(base: side(-0.5), head: side(-1.1, pains: [PainPoint(text: "Slow", severity: .high)]))
        #expect(DiffCondition.scoreDrop(0.6).reasons(in: diff) == [
            "Cake order: Overall score: \u{2212}0.5 → \u{2212}1.1 ▼ \u{2212}0.6",
            "Cake order: Purchase, Claire Martin: \u{2212}0.5 (note) → \u{2212}1.1 (note) ▼ \u{2212}0.6",
        ])
        #expect(DiffCondition.scoreDrop(0.7).reasons(in: diff).isEmpty)
        #expect(DiffCondition.newHighPain.reasons(in: diff) == ["Cake order: added at Purchase: Slow (high severity)"])
        #expect(DiffCondition.newErrors.reasons(in: diff).isEmpty)
    }
}
