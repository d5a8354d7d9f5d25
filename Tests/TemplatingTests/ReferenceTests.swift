import Templating
import Testing

@Suite("References")
struct ReferenceTests {
    @Test func everyNameWithItsKindAndPosition() throws {
        let library = try TemplateLibrary(sources: [
            TemplateSource(name: "layout", text: "{{$content}}{{/content}}"),
            TemplateSource(name: "partials/score", text: "{{text}}"),
            TemplateSource(name: "page", text: """
            {{<layout}}{{$content}}
            <h1>{{site.title}}</h1>{{{body}}}
              {{^empty(items)}}{{#items}}{{>partials/score}}{{.}}{{/items}}{{/empty(items)}}
            {{>*dynamic.name}}{{! comment }}
            {{/content}}{{/layout}}
            """),
        ])
        let references = library.references(in: "page")
        let described = references.map { "\($0.kind) \($0.name) \($0.path) \($0.function ?? "-") \($0.line):\($0.column)" }
        #expect(described == [
            "parent layout [\"layout\"] - 1:1",
            "block content [\"content\"] - 1:12",
            "variable site.title [\"site\", \"title\"] - 2:5",
            "variable body [\"body\"] - 2:24",
            "invertedSection empty(items) [\"items\"] empty 3:3",
            "section items [\"items\"] - 3:20",
            "partial partials/score [\"partials/score\"] - 3:30",
            "variable . [] - 3:49",
            "dynamicPartial *dynamic.name [\"dynamic\", \"name\"] - 4:1",
        ])
        #expect(library.references(in: "partials/score") == [
            TemplateReference(kind: .variable, name: "text", path: ["text"], line: 1, column: 1),
        ])
        #expect(library.references(in: "unknown").isEmpty)
    }
}
