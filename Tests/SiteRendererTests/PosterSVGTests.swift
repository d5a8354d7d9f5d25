import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JourneyAnalysis
import JourneyModel
@testable import SiteRenderer
import Testing

/// `poster.svg`: a small journey drawn byte for byte as in `Golden/`, and generated journeys
/// (1 to 12 stages, 1 to 6 personas, long texts, English and French) read back from their SVG:
/// well-formed XML, no text under 7 pt printed 594 mm wide, no two texts overlapping.
/// After an intended change, regenerate the golden files with `UPDATE_GOLDEN=1 swift test
/// --filter PosterSVGTests` and look at them in a browser before committing them.
@Suite("Poster SVG")
struct PosterSVGTests {
    /// Two personas, four stages, every lane, in `language`.
    static func analysis(language: String) -> SiteAnalysis {
        let french = language == "fr"
        let personas = [
            Persona(slug: "ann", name: "Ann", role: french ? "Cheffe de projet, 41 ans" : "Project lead, 41",
                    quote: french ? "Je veux savoir le prix tout de suite !" : "I want the price at once!", color: "#c2410c"),
            Persona(slug: "bob", name: "Bob & Co", role: french ? "Gérant d’un café" : "Runs a café"),
        ]
        let stages = [
            Stage(number: 1, slug: "see", name: french ? "Découverte" : "Awareness", emotions: ["ann": 1, "bob": 0.5],
                  feeling: french ? "Curieuse" : "Curious", quote: french ? "On m’a parlé de vous : c’est vrai ?" : "A friend told me: is it true?",
                  actions: [french ? "Voit une publication sur Instagram" : "Sees a post on Instagram"],
                  thoughts: [french ? "Est-ce dans mon budget ?" : "Is it within budget?"],
                  touchpoints: [Touchpoint(name: "Post", channel: "social", emotion: 1.5), Touchpoint(name: "Friend", channel: "offline")],
                  opportunities: [Opportunity(text: french ? "Montrer les prix" : "Show prices", impact: .high, effort: .low, owner: "Marketing",
                                              status: .planned)],
                  metrics: Metrics(visitors: 10000, nps: 42), evidence: .survey, owner: "Marketing"),
            Stage(number: 2, slug: "pay", name: french ? "Achat" : "Purchase", emotions: ["ann": -1.5, "bob": -1],
                  actions: [french ? "Crée un compte, obligatoire pour commander en ligne" : "Creates an account, required to order online"],
                  touchpoints: [Touchpoint(name: "Checkout", channel: "website", emotion: -1.5)],
                  steps: [Step(name: french ? "Panier" : "Basket", score: 0), Step(name: french ? "Frais" : "Fees", score: -2, actors: ["ann"])],
                  painPoints: [PainPoint(text: french ? "Frais cachés" : "Hidden fees", severity: .high),
                               PainPoint(text: "Account <required> & \"mandatory\"", severity: .medium)],
                  opportunities: [Opportunity(text: french ? "Commande sans compte" : "Guest checkout", impact: .medium, effort: .medium)],
                  metrics: Metrics(visitors: 2500, csat: 2.9), evidence: .assumption, owner: french ? "Équipe e-commerce" : "E-commerce team"),
            Stage(number: 3, slug: "get", name: french ? "Retrait" : "Pickup", emotions: ["ann": -2],
                  touchpoints: [Touchpoint(name: "Counter", channel: "shop", emotion: -2)],
                  painPoints: [PainPoint(text: french ? "File d’attente" : "Queue", severity: .low)],
                  metrics: Metrics(visitors: 2000)),
            Stage(number: 4, slug: "again", name: french ? "Fidélité" : "Loyalty", emotion: 0.5, metrics: Metrics(visitors: 600)),
        ]
        let journey = Journey(slug: "now", title: french ? "Commander un gâteau" : "Ordering a cake", personas: ["ann", "bob"],
                              scenario: french ? "Ann commande un gâteau pour samedi ; Bob, des viennoiseries pour son café."
                                  : "Ann orders a cake for Saturday; Bob orders pastries for his café.",
                              expectations: [french ? "Un prix tout compris" : "An all-in price"], owner: "Digital", stages: stages)
        let site = Site(title: "Golden", language: language, scale: EmotionScale(labels: EmotionScale.defaultLabels(language: language)))
        return SiteAnalysis(content: SiteContent(site: site, personas: personas, journeys: [journey]))
    }

    static func poster(_ analysis: SiteAnalysis, journey: String) -> String {
        PageContext.posterFile(analysis.journey(journey)!, in: analysis, words: .builtin, style: ".chart{}")
    }

    @Test(arguments: ["en", "fr"])
    func matchesTheGoldenFile(language: String) throws {
        let svg = Self.poster(Self.analysis(language: language), journey: "now")
        let file = GoldenChartTests.folder.appendingPathComponent("poster-\(language).svg")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(svg.utf8).write(to: file) }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(svg == golden, "\(file.lastPathComponent) differs; regenerate with UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test func showsEveryLaneInThePagesWordsWithContentEscaped() {
        let english = Self.poster(Self.analysis(language: "en"), journey: "now")
        for words in [">Personas<", ">Scenario<", ">Expectations<", ">Stage<", ">Emotion<", ">Feeling<", ">Actions<", ">Thoughts<",
                      ">Touchpoints<", ">Steps<", ">Pain points<", ">Opportunities<", ">Owner<", ">Evidence<", ">Metrics<",
                      "Account &lt;required&gt; &amp; &quot;mandatory&quot;", ">Bob &amp; Co<", "impact: high · effort: low · planned · Marketing",
                      ">high<", ">Visitors 10,000<", "Current state · 4 stages"] {
            #expect(english.contains(words), "\(words)")
        }
        let french = Self.poster(Self.analysis(language: "fr"), journey: "now")
        for words in [">Scénario<", ">Points de friction<", ">Opportunités<", ">Indicateurs<", ">Pensées<",
                      "Est-ce dans mon budget\u{202F}?", "«\u{202F}On m’a parlé de vous\u{A0}: c’est vrai\u{202F}?\u{202F}»",
                      "impact\u{A0}: élevé · effort\u{A0}: faible", ">élevée<", ">Visiteurs 10\u{202F}000<", "xml:lang=\"fr\""] {
            #expect(french.contains(words), "\(words)")
        }
        #expect(!english.contains("<script") && !english.contains("href") && !english.contains("url("))
    }

    /// Every journey of two generated sites of the chart tests: written scores in English, thin
    /// survey evidence in French.
    @Test(arguments: [ChartSample(language: "en", scores: .varied), ChartSample(language: "fr", scores: .sparseSurvey)])
    func generatedPostersAreWellFormedLegibleAndFreeOfOverlaps(_ sample: ChartSample) throws {
        let analysis = sample.analysis
        for item in analysis.journeys {
            let slug = item.journey.slug
            let svg = Self.poster(analysis, journey: slug)
            #expect(Self.xmlError(svg) == nil, "\(slug): \(Self.xmlError(svg) ?? "")")
            let labels = SVGLabels(svg)
            #expect(labels.problems.isEmpty, "\(slug): \(labels.problems.prefix(3))")
            #expect(labels.lines.count > 3 * item.journey.stages.count, "\(slug)")
            // 7 pt is 2.469 mm; the drawing's width is printed as 594 mm.
            let smallest = 7 / 72 * 25.4 * labels.area.right / 594
            let small = labels.lines.filter { $0.label.style.fontSize < smallest }.map(\.label.text)
            #expect(small.isEmpty, "\(slug): under 7 pt at A2 width: \(small.prefix(3))")
            #expect(labels.collisions.isEmpty, "\(slug): \(labels.collisions.prefix(5))")
        }
    }

    @Test func aHandMadeOverlapInsideAMovedGroupIsFound() {
        let svg = """
            <svg viewBox="0 0 400 200"><text class="poster-text" x="100" y="50">Queue at the counter</text>\
            <g transform="translate(90 40)"><g><text class="answers" x="20" y="12">n=12</text></g></g><text class="level" x="20" y="12">+2</text></svg>
            """
        #expect(SVGLabels(svg).collisions == ["'Queue at the counter' overlaps 'n=12'"])
        #expect(Self.xmlError(svg) == nil)
        #expect(Self.xmlError("<svg><text>a & b</text></svg>") != nil)
    }

    /// What the XML parser says is wrong with `text`, or nil when it is well-formed.
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() ? nil : parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "not well-formed"
    }
}
