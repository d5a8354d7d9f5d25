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

@Suite("French typography and words")
struct FrenchTypographyTests {
    private func typeset(_ body: String) -> String {
        let page = "<!DOCTYPE html>\n<html lang=\"fr\"><body>\(body)</body></html>"
        #expect(FrenchTypography.isFrench(Array(page.utf8)))
        let result = String(decoding: FrenchTypography.apply(Array(page.utf8)), as: UTF8.self)
        return String(result.dropFirst("<!DOCTYPE html>\n<html lang=\"fr\"><body>".count).dropLast("</body></html>".count))
    }

    @Test func spacesBeforeDoublePunctuationAreNoBreakingAndAddedWhereMissing() {
        #expect(typeset("Note : texte ; fin ! Vrai ?") == "Note\u{A0}: texte\u{202F}; fin\u{202F}! Vrai\u{202F}?")
        #expect(typeset("impact: élevé. Lequel?</p>") == "impact\u{A0}: élevé. Lequel\u{202F}?</p>")
        #expect(typeset("Déjà\u{A0}: bon") == "Déjà\u{A0}: bon")
    }

    @Test func quotesBecomeGuillemetsWithNarrowSpaces() {
        #expect(typeset("<p>“Trop long.”</p>") == "<p>«\u{202F}Trop long.\u{202F}»</p>")
        #expect(typeset("« Le Panier »") == "«\u{202F}Le Panier\u{202F}»")
    }

    @Test func tagsCodeEntitiesTimesAddressesAndOtherLanguagesAreLeftAlone() {
        let untouched = [
            "<a href=\"x?y=1\" title=\"a : b\">lien</a>", "<code>a: b; c!</code>", "<pre>x ? y</pre>", "Tom &amp; Jerry",
            "à 10:30 sur https://example.com", "<p lang=\"en\">“Note: fine!”</p>", "<script>if (a) { b(); }</script>",
        ]
        for text in untouched { #expect(typeset(text) == text) }
        #expect(typeset("<div lang=\"en\"><p lang=\"fr\">Oui ?</p></div>") == "<div lang=\"en\"><p lang=\"fr\">Oui\u{202F}?</p></div>")
    }

    @Test func anEnglishPageIsNotFrench() {
        #expect(!FrenchTypography.isFrench(Array("<!DOCTYPE html>\n<html lang=\"en\">".utf8)))
    }

    @Test func impactAndEffortAgreeInGenderWhereSeverityDoes() {
        let french = InterfaceWords.builtin.strings(language: "fr")
        #expect([french["level_high"], french["level_medium"], french["severity_high"], french["severity_medium"]] == ["élevé", "moyen", "élevée", "moyenne"])
        #expect(french["evidence_analytics"] != "analytics")
    }

    @Test func aScoreIsLabelledAsTheValueShown() {
        #expect(NumberFormat.shown(0.46) == 0.5)
        #expect(EmotionScale(labels: EmotionScale.defaultLabels(language: "fr")).label(for: NumberFormat.shown(0.46)) == "Satisfait")
    }

    @Test func aChangeThatRoundsToZeroSaysSoWithItsExactValue() {
        #expect(NumberFormat(language: "fr").exactChange(0.04) == "+0,04")
        #expect(NumberFormat(language: "en").exactChange(-0.04) == "\u{2212}0.04")
        #expect(NumberFormat(language: "en").exactChange(0.0496) == "+0.0496")
        // Shown in whole points (NPS, CSAT), 0.4999 rounds to no change: "+0.50" would read as one that rounds up.
        #expect(NumberFormat(language: "en").exactChange(0.4, shownDigits: 0) == "+0.4")
        #expect(NumberFormat(language: "en").exactChange(0.4999, shownDigits: 0) == "+0.4999")
    }
}
