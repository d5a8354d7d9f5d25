import Foundation
@testable import SiteRenderer
import Testing

@Suite("Exports: CSV, search index, sitemap")
struct ExportTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"])
    func formulaLikeCellsBecomeText(cell: String) {
        #expect(SpreadsheetCSV.neutralize(cell) == "'" + cell)
    }

    @Test func ordinaryCellsAreLeftAlone() {
        #expect(SpreadsheetCSV.neutralize("Delivery fee: 12 €") == "Delivery fee: 12 €")
        #expect(SpreadsheetCSV.neutralize("") == "")
    }

    @Test func csvQuotesAndUsesCRLFWithABOM() {
        let text = SpreadsheetCSV.text([["a", "b"], ["x, y", "say \"hi\"\nbye"]])
        #expect(text == "\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\nbye\"\r\n")
    }

    @Test func aReportsRelativeLinksLeadToThePublishedSiteOrNowhere() {
        let html = ##"<p class="a"> <a href="../other/index.html">x</a> <img src="pic.png" alt=""> <a href="#top">t</a> <a href="https://e.org/">e</a> <a href="">"##
        let rewrite = { (base: String?) in
            String(decoding: StandaloneLinks.rewrite(Array(html.utf8), pagePath: "journeys/j/report.html", baseURL: base), as: UTF8.self)
        }
        #expect(rewrite("https://intranet/cx/") == ##"<p class="a"> <a href="https://intranet/cx/journeys/other/index.html">x</a> <img src="https://intranet/cx/journeys/j/pic.png" alt=""> <a href="#top">t</a> <a href="https://e.org/">e</a> <a href="">"##)
        #expect(rewrite(nil) == ##"<p class="a"> <a href="#">x</a> <img src="data:," alt=""> <a href="#top">t</a> <a href="https://e.org/">e</a> <a href="">"##)
        // An attribute cut off at the end of the file is left as it is.
        #expect(String(decoding: StandaloneLinks.rewrite(Array("<a href=\"x.html".utf8), pagePath: "r.html", baseURL: nil), as: UTF8.self) == "<a href=\"x.html")
    }

    @Test func theSearchScriptCannotCloseItsElement() {
        let script = String(decoding: SearchIndex.script(json: Array("[{\"t\":\"</script><script>alert(1)</script>\"}]".utf8)), as: UTF8.self)
        #expect(!script.contains("</script"))
        #expect(script.hasPrefix("window.journeymapSearchIndex = [{"))
    }

    @Test func theSearchScriptEscapesLineSeparators() {
        let script = String(decoding: SearchIndex.script(json: Array("[{\"t\":\"a\u{2028}b\u{2029}c\"}]".utf8)), as: UTF8.self)
        #expect(script == "window.journeymapSearchIndex = [{\"t\":\"a\\u2028b\\u2029c\"}];\n")
    }

    /// The search index is written by hand, so it is checked against Foundation's encoder.
    @Test func jsonTextEscapesAsJSONEncoderDoes() throws {
        var text = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
        text += "é\u{2028}\u{2029}😀\u{85}</script>"
        var bytes: [UInt8] = []
        JSONText.appendObject(["a": text, "b": ""], to: &bytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(bytes == Array(try encoder.encode(["a": text, "b": ""])))
    }

    @Test func plainTextOfHTML() {
        #expect(SearchIndex.plain("<p>Fish &amp; <em>chips</em></p>\n<p>b</p>") == "Fish & chips b")
        #expect(SearchIndex.plain("  <p>a&lt;b &quot;c&quot; &#39;d&#39; &amp;lt; &copy;</p>\t\n ") == "a<b \"c\" 'd' &lt; &copy;")
        #expect(SearchIndex.plain("<p>Crème\u{00A0}brûlée</p><ul><li>x</li></ul>") == "Crème\u{00A0}brûlée x")
        #expect(SearchIndex.plain("") == "" && SearchIndex.plain("<br>") == "")
    }

    @Test func sitemapListsPagesUnderTheBaseURL() {
        let xml = Sitemap.xml(baseURL: "https://intranet.example.com/cx/", pages: ["personas/a.html", "index.html", "journeys/j/index.html"])
        #expect(xml.contains("<loc>https://intranet.example.com/cx/</loc>"))
        #expect(xml.contains("<loc>https://intranet.example.com/cx/journeys/j/</loc>"))
        #expect(xml.contains("<loc>https://intranet.example.com/cx/personas/a.html</loc>"))
    }
}
