import Templating
import Testing

/// `TemplateValue(encoding:)`: view models as the value trees templates see.
@Suite("Value trees from view models")
struct EncodingTests {
    struct Card: Encodable {
        let title: String
        let score: Double
        let count: Int
        let isNew: Bool
        let owner: String?
        let tags: [String]
        let badge: TemplateValue
    }

    /// A page's own values beside values made beforehand, as pages put the site values.
    struct Page: Encodable {
        let shared: TemplateValue
        let card: Card

        private enum Keys: String, CodingKey { case card }

        func encode(to encoder: any Encoder) throws {
            try shared.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(card, forKey: .card)
        }
    }

    private let card = Card(title: "Pay <now>", score: 1.5, count: 3, isNew: true, owner: nil, tags: ["a", "b"], badge: .html("<b>!</b>"))

    @Test func propertiesBecomeKeysInOrderAndLeavesKeepTheirKind() throws {
        guard case .object(let object) = TemplateValue(encoding: card) else { Issue.record("not an object"); return }
        #expect(object.keys == ["title", "score", "count", "isNew", "owner", "tags", "badge"])
        #expect(try render("{{title}}|{{score}}|{{count}}|{{isNew}}|{{#tags}}{{.}};{{/tags}}|{{badge}}", TemplateValue(encoding: card))
            == "Pay &lt;now&gt;|1.5|3|true|a;b;|<b>!</b>")
    }

    @Test func aNilOptionalHidesTheOuterValueOfTheSameName() throws {
        let context: TemplateValue = ["owner": "outer", "card": TemplateValue(encoding: card)]
        #expect(try render("{{#card}}[{{owner}}]{{/card}}", context) == "[]")
    }

    @Test func anObjectEncodedBesideOwnKeysSpreadsItsKeys() throws {
        let value = TemplateValue(encoding: Page(shared: ["lang": "fr", "root": "../"], card: card))
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["lang", "root", "card"])
        #expect(try render("{{lang}} {{root}} {{card.title}}", value) == "fr ../ Pay &lt;now&gt;")
    }
}
