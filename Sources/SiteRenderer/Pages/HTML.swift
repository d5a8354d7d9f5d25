import Templating

/// A fragment of HTML or SVG that journeymap made itself (rendered Markdown, a chart, the site
/// header): templates write it as it is, never escaped.
struct HTML: Encodable, TemplateValueRepresentable {
    let text: String

    init(_ text: String) { self.text = text }

    var templateValue: TemplateValue { .html(text) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
