import Templating
import Testing

@Suite("Load errors")
struct ErrorTests {
    /// The one error of a template named `page`: its line, column and message.
    private func error(in text: String, partials: [(name: String, text: String)] = []) -> TemplateError? {
        let errors = loadErrors([("page", text)] + partials)
        #expect(errors.count == 1, "expected one error, got \(errors)")
        return errors.first
    }

    @Test func unclosedTag() {
        let error = error(in: "line one\n  <p>{{title</p>\n")
        #expect(error?.file == "Templates/page.mustache")
        #expect(error?.line == 2 && error?.column == 6)
        #expect(error?.message.contains("never closed with '}}'") == true)
        #expect(error?.hint != nil)
    }

    @Test func unclosedTripleMustache() {
        let error = error(in: "{{{body}}\n")
        #expect(error?.line == 1 && error?.column == 1)
        #expect(error?.message.contains("'}}}'") == true)
    }

    @Test func unclosedSection() {
        let error = error(in: "<ul>\n{{#items}}<li>{{.}}</li>\n</ul>\n")
        #expect(error?.line == 2 && error?.column == 1)
        #expect(error?.message == "the section 'items' is opened here but never closed")
        #expect(error?.hint == "add {{/items}} where it ends")
    }

    @Test func sectionClosedWithAnotherName() {
        let error = error(in: "{{#items}}\n  {{name}}\n  {{/itemz}}\n")
        #expect(error?.line == 3 && error?.column == 3)
        #expect(error?.message == "the section 'items' opened at line 1, column 1 is closed with another name, 'itemz'")
        #expect(error?.hint == "close it with {{/items}}")
    }

    @Test func closingTagThatWasNeverOpened() {
        let error = error(in: "a\nb {{/items}}")
        #expect(error?.line == 2 && error?.column == 3)
        #expect(error?.message.contains("never opened") == true)
    }

    @Test func badSetDelimiterTag() {
        let error = error(in: "x\n{{=<% %>}}\n")
        #expect(error?.line == 2 && error?.column == 1)
        #expect(error?.message == "the set-delimiter tag is malformed")
    }

    @Test(arguments: ["{{}}", "{{ }}", "{{#}}{{/}}", "{{>}}", "{{&}}"])
    func emptyTagName(_ template: String) {
        let errors = loadErrors([("page", "ok\n   " + template)])
        #expect(errors.first?.line == 2 && errors.first?.column == 4)
        #expect(errors.first?.message == "the tag has no name")
    }

    @Test func badNames() {
        let errors = loadErrors([("page", "{{a b}}\n{{a..b}}\n{{shout(name)}}\n{{empty(a}}")])
        #expect(errors.map(\.line) == [1, 2, 3, 4])
        #expect(errors[0].message.contains("contains a space"))
        #expect(errors[1].message.contains("empty part"))
        #expect(errors[2].message == "'shout' is not a function of this engine")
        #expect(errors[2].hint == "the functions are empty, count, first, last, reversed, uppercased, lowercased")
        #expect(errors[3].message.contains("unbalanced parentheses"))
    }

    @Test func unknownPartialAndParent() {
        let errors = loadErrors([("page", "{{<layouts/main}}{{/layouts/main}}\n\n  {{> partials/headr }}\n{{>*dynamic}}")])
        #expect(errors.count == 2)
        #expect(errors[0].line == 1 && errors[0].column == 1)
        #expect(errors[0].message == "the template uses 'layouts/main', which is not a template of this library")
        #expect(errors[1].line == 3 && errors[1].column == 3)
        #expect(errors[1].message == "the template uses 'partials/headr', which is not a template of this library")
        #expect(errors[1].hint == "create the template partials/headr.mustache, or fix the name")
    }

    @Test func tagsIgnoredInsideAParent() {
        let errors = loadErrors([("layout", "{{$a}}{{/a}}"),
                                 ("page", "{{<layout}}\n{{! fine }}\n{{title}}\n{{$a}}x{{/a}}\n{{$a}}y{{/a}}\n{{/layout}}")])
        #expect(errors.map(\.line) == [3, 5])
        #expect(errors[0].message.contains("outside any {{$block}}"))
        #expect(errors[1].message == "the block 'a' is passed twice to 'layout'")
    }

    @Test func columnsCountCharacters() {
        #expect(error(in: "é“x” {{#a}}")?.column == 6)
    }

    @Test func everyErrorOfEveryTemplateIsCollected() {
        let errors = loadErrors([
            ("a", "{{#open}}\n{{/close}}\n{{>missing}}\n{{bad name}}"),
            ("b", "fine {{x}}"),
            ("c", "{{#never}}"),
            ("c", "duplicate"),
        ])
        #expect(errors.map { "\($0.file):\($0.line):\($0.column)" } == [
            "Templates/c.mustache:1:1",
            "Templates/a.mustache:2:1", "Templates/a.mustache:3:1", "Templates/a.mustache:4:1",
            "Templates/c.mustache:1:1",
        ])
        #expect(errors[0].message == "another template is already named 'c'")
        #expect(errors[0].description == "Templates/c.mustache:1:1: another template is already named 'c' (give each template its own name)")
    }

    @Test func missingPartialsCanRenderAsNothing() throws {
        let library = try TemplateLibrary(sources: [TemplateSource(name: "p", text: "[{{>nope}}]")],
                                          options: .init(allowsMissingPartials: true))
        #expect(library.render("p", [:]) == Array("[]".utf8))
    }
}
