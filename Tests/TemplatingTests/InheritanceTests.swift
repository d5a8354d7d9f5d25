import Templating
import Testing

@Suite("Layouts, partials and recursion")
struct InheritanceTests {
    @Test func pageOverridesTwoBlocksOfALayoutWithPartialsInside() throws {
        let templates = [
            "layout": """
            <html>
            <head><title>{{$title}}Default title{{/title}}</title></head>
            <body>
            {{>partials/header}}
            <main>
              {{$content}}
              <p>No content</p>
              {{/content}}
            </main>
            {{$footer}}<footer>default footer</footer>{{/footer}}
            </body>
            </html>

            """,
            "partials/header": "<header>{{site}}</header>\n",
            "partials/item": "<li>{{name}}</li>\n",
            "page": """
            {{<layout}}
            {{$title}}{{pageTitle}} · {{site}}{{/title}}
            {{$content}}
            <h1>{{pageTitle}}</h1>
            <ul>
              {{#items}}
              {{>partials/item}}
              {{/items}}
            </ul>
            {{/content}}
            {{/layout}}

            """,
        ]
        let context: TemplateValue = ["site": "Acme & Co", "pageTitle": "Journeys", "items": [["name": "One"], ["name": "Two"]]]
        #expect(try render(templates, "page", context) == """
            <html>
            <head><title>Journeys · Acme &amp; Co</title></head>
            <body>
            <header>Acme &amp; Co</header>
            <main>
              <h1>Journeys</h1>
              <ul>
                <li>One</li>
                <li>Two</li>
              </ul>
            </main>
            <footer>default footer</footer>
            </body>
            </html>

            """)
    }

    @Test func deepRecursionThroughPartials() throws {
        func tree(_ depth: Int) -> TemplateValue {
            depth == 0 ? ["name": "leaf", "children": []]
                : ["name": .string("n\(depth)"), "children": [tree(depth - 1), ["name": "x", "children": []]]]
        }
        let templates = ["node": "{{name}}{{^empty(children)}}({{#children}}{{>node}}{{/children}}){{/empty(children)}}"]
        func expected(_ depth: Int) -> String { depth == 0 ? "leaf" : "n\(depth)(\(expected(depth - 1))x)" }
        #expect(try render(templates, "node", tree(300)) == expected(300))
    }

    @Test func indentedPartialsNest() throws {
        let templates = [
            "page": "<div>\n  {{>list}}\n</div>\n",
            "list": "<ul>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ul>\n",
            "item": "<li>\n  {{.}}\n</li>\n",
        ]
        #expect(try render(templates, "page", ["items": ["a", "b"]]) == """
            <div>
              <ul>
                <li>
                  a
                </li>
                <li>
                  b
                </li>
              </ul>
            </div>

            """)
    }
}
