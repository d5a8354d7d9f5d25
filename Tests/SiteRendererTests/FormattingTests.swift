import JourneyModel
@testable import SiteRenderer
import Testing

@Suite("Numbers, escaping and paths")
struct FormattingTests {
    @Test func scoresHaveASignAndOneDecimalAtMost() {
        let english = NumberFormat(language: "en")
        #expect(english.score(1.5) == "+1.5")
        #expect(english.score(-2) == "\u{2212}2")
        #expect(english.score(0) == "0")
        #expect(english.score(0.04) == "0")
        #expect(english.score(1.0 / 3.0) == "+0.3")
        #expect(NumberFormat(language: "fr").score(-1.25) == "\u{2212}1,3")
    }

    @Test func integersAreGroupedByLanguage() {
        #expect(NumberFormat(language: "en").integer(12000) == "12,000")
        #expect(NumberFormat(language: "fr").integer(1234567) == "1\u{202F}234\u{202F}567")
        #expect(NumberFormat(language: "en").integer(999) == "999")
        #expect(NumberFormat(language: "en").decimal(4.10, digits: 1) == "4.1")
    }

    @Test func escapesEveryHTMLSpecialCharacter() {
        #expect(HTMLText.escape("<a href=\"x\">O'Neil & co</a>") == "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;")
        #expect(HTMLText.escape("plain café") == "plain café")
    }

    @Test func rootPrefixLeadsBackFromAnyPage() {
        #expect(SitePaths.root(of: "index.html") == "")
        #expect(SitePaths.root(of: "personas/ann.html") == "../")
        #expect(SitePaths.root(of: SitePaths.stage("buy", of: "bread")) == "../../")
    }

    @Test func uiStringsComeFromTheThemesFilesByLanguage() {
        let words = InterfaceWords.builtin
        #expect(words.languages == ["en", "fr"])
        #expect(words.strings(language: "fr")["lane_pain_points"] == "Points de friction")
        #expect(words.strings(language: "xx").language == "en")
        #expect(words.strings(language: "en", overrides: ["en": ["nav_journeys": "Maps"]])["nav_journeys"] == "Maps")
    }
}

@Suite("Fixed-point numbers")
struct FixedPointTests {
    @Test(arguments: [(2.25, 1, "2.3"), (-2.25, 1, "-2.3"), (0.04, 1, "0.0"), (-0.04, 1, "-0.0"), (1234.5, 0, "1235"),
                      (0.125, 2, "0.13"), (7, 3, "7.000"), (-0.5, 0, "-1"), (202.0, 1, "202.0")])
    func formatsLikePrintfButRoundsHalfAwayFromZero(value: Double, digits: Int, expected: String) {
        #expect(FixedPoint.format(value, digits: digits) == expected)
    }

    @Test func svgCoordinatesDropAWholeDecimal() {
        #expect(SVG.number(80) == "80")
        #expect(SVG.number(87.5) == "87.5")
        #expect(SVG.number(-0.04) == "0")
        #expect(SVG.number(-1.02) == "-1")
        #expect(SVG.number(-0.06) == "-0.1")
        #expect(SVG.number(1e20) == "1e+20")
    }
}
