import ContentLoader
import Testing

@Suite("Markdown rendering with libcmark")
struct MarkdownTests {
    @Test func rendersCommonMark() {
        let html = MarkdownRenderer().html("# Title\n\nSome **bold** text and a [link](https://example.com).")
        #expect(html.contains("<h1>Title</h1>"))
        #expect(html.contains("<strong>bold</strong>"))
        #expect(html.contains("<a href=\"https://example.com\">link</a>"))
    }

    @Test func smartPunctuationIsOn() {
        let html = MarkdownRenderer().html("\"Quoted\" -- and it's done...")
        #expect(html.contains("“Quoted”"))
        #expect(html.contains("–"))
        #expect(html.contains("it’s"))
        #expect(html.contains("…"))
    }

    @Test func rawHTMLIsOmittedByDefault() {
        let html = MarkdownRenderer().html("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func rawHTMLPassesWhenTheSiteAllowsIt() {
        let html = MarkdownRenderer(allowRawHTML: true).html("<div class=\"note\">Hi</div>")
        #expect(html.contains("<div class=\"note\">Hi</div>"))
    }

    @Test func dangerousLinkSchemesAreRemoved() {
        let html = MarkdownRenderer().html("[x](javascript:alert(1)) [y](vbscript:msgbox) ![z](data:image/png;base64,AAAA)")
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(html.contains("data:image/png"))
    }
}
