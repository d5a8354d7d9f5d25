import Templating
import Testing

@Suite("Rendering")
struct RenderingTests {
    /// journeymap's `HTMLText.escape`, which `{{x}}` must match byte for byte.
    private func journeymapEscape(_ text: String) -> String {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: ["plain", "", "a & b", "<script>alert('x')</script>", "\"quoted\" & 'single'",
                      "émotion <“courbe”> 😀 & co", "&&&", "trailing <", String(repeating: "long text ", count: 50) + "&"])
    func escapingMatchesJourneymap(_ text: String) throws {
        #expect(try render("{{x}}", ["x": .string(text)]) == journeymapEscape(text))
        #expect(try render("{{{x}}}|{{&x}}", ["x": .string(text)]) == text + "|" + text)
    }

    @Test func htmlIsNeverEscaped() throws {
        let svg = "<svg viewBox=\"0 0 10 10\"><path d='M0 0'/></svg> & more"
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", ["x": .html(svg)]) == "\(svg)|\(svg)|\(svg)")
    }

    @Test(arguments: [(85.0, "85"), (1.21, "1.21"), (-3.0, "-3"), (0.0, "0"), (-0.0, "0"), (0.1 + 0.2, "0.30000000000000004"),
                      (1e20, "1e+20"), (12_000, "12000"), (2.5e-7, "2.5e-07")])
    func numbers(_ value: Double, _ expected: String) throws {
        #expect(try render("{{n}}", ["n": .number(value)]) == expected)
    }

    @Test func flagsAndMissingValues() throws {
        #expect(try render("{{a}} {{b}} [{{c}}] [{{d}}] [{{e}}]", ["a": true, "b": false, "c": nil, "d": [1, 2], "e": ["k": "v"]])
            == "true false [] [] []")
    }

    @Test func truthiness() throws {
        let context: TemplateValue = ["empty": "", "zero": 0, "emptyList": [], "emptyObject": [:], "null": nil, "text": "x"]
        #expect(try render("{{#empty}}E{{/empty}}{{#zero}}Z{{/zero}}{{#emptyList}}L{{/emptyList}}{{#emptyObject}}O{{/emptyObject}}{{#null}}N{{/null}}{{#text}}T{{/text}}",
                           context) == "ZOT")
        #expect(try render("{{^empty}}e{{/empty}}{{^zero}}z{{/zero}}{{^null}}n{{/null}}", context) == "en")
    }

    @Test func dottedNamesWithHyphens() throws {
        let context: TemplateValue = ["charts": ["emotion-curve": .html("<svg/>"), "pain-points": ["count": 3]]]
        #expect(try render("{{charts.emotion-curve}} {{charts.pain-points.count}}", context) == "<svg/> 3")
    }

    @Test func functions() throws {
        let context: TemplateValue = ["items": ["a", "b", "c"], "none": [], "name": "Émile <x>", "blank": "", "flag": false,
                                      "people": [["name": "Ann"], ["name": "Bob"]]]
        #expect(try render("{{^empty(items)}}has{{/empty(items)}}{{#empty(none)}} none{{/empty(none)}}", context) == "has none")
        #expect(try render("{{empty(blank)}} {{empty(flag)}} {{empty(missing)}} {{empty(name)}}", context) == "true true true false")
        #expect(try render("{{count(items)}} {{count(none)}}", context) == "3 0")
        #expect(try render("{{first(items)}}{{last(items)}} {{#first(people)}}{{name}}{{/first(people)}}", context) == "ac Ann")
        #expect(try render("{{#reversed(items)}}{{.}}{{/reversed(items)}}", context) == "cba")
        #expect(try render("{{uppercased(name)}} {{lowercased(name)}}", context) == "ÉMILE &lt;X&gt; émile &lt;x&gt;")
        #expect(try render("[{{first(none)}}]", context) == "[]")
    }

    @Test func lookupGoesUpTheStackThenInside() throws {
        let context: TemplateValue = ["title": "Site", "stages": [["name": "One"], ["name": "Two", "title": "Own"]],
                                      "t": ["stage": "Stage"]]
        #expect(try render("{{#stages}}{{t.stage}} {{name}}: {{title}}; {{/stages}}", context)
            == "Stage One: Site; Stage Two: Own; ")
    }

    @Test func largeObjectsUseTheirIndex() throws {
        var object = TemplateObject((0..<200).map { ("key\($0)", .number(Double($0))) })
        object["key7"] = "seven"
        object["extra"] = "added"
        object["key3"] = nil
        #expect(object.count == 200)
        #expect(object.keys.first == "key0" && object.keys.last == "extra" && !object.keys.contains("key3"))
        #expect(try render("{{key7}} {{key150}} {{extra}} [{{key3}}] {{key199}}", .object(object)) == "seven 150 added [] 199")
    }

    @Test func objectsKeepOrderAndCopyOnWrite() {
        let original: TemplateObject = ["b": 1, "a": 2, "b": 3]
        var copy = original
        copy["c"] = 4
        #expect(original.keys == ["b", "a"])
        #expect(copy.keys == ["b", "a", "c"])
        if case .number(let b)? = original["b"] { #expect(b == 3) } else { Issue.record("b is missing") }
    }

    @Test func rendersIntoAGrowingBuffer() throws {
        let library = try TemplateLibrary(sources: [TemplateSource(name: "p", text: "<{{x}}>")])
        var buffer = Array("start".utf8)
        library.render("p", ["x": "1"], into: &buffer)
        library.render("p", ["x": "2"], into: &buffer)
        library.render("unknown", ["x": "3"], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "start<1><2>")
        #expect(library.has("p") && !library.has("unknown"))
    }
}
