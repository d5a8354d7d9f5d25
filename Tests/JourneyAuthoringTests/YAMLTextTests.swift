import ContentLoader
import Foundation
import JourneyAuthoring
import JourneyModel
import Testing
import TestSupport

@Suite("Quoting generated YAML")
struct YAMLTextTests {
    static let hostileNames = [
        "Key: value", "# not a comment", "Ends with colon:", "He said \"hi\"", "It's", "'single'", "- dash", "[list]",
        "{map}", "a, b", "yes", "No", "null", "~", "true", "2026", "-1.5", "0x1F", "back\\slash", "line\nbreak",
        "tab\there", " padded ", "@at", "*star", "&anchor", "!tag", "%percent", "|pipe", ">fold", "`tick`", "?what",
        "emoji 🎂", "Café: noir # vraiment", "\u{2028}separator",
    ]

    @Test func plainOnlyWhereItReadsBackAsItself() {
        #expect(YAMLText.scalar("Claire Martin") == "Claire Martin")
        #expect(YAMLText.scalar("Post-achat") == "Post-achat")
        #expect(YAMLText.scalar("Working parent (38)") == "Working parent (38)")
        #expect(YAMLText.scalar("Key: value") == "\"Key: value\"")
        #expect(YAMLText.scalar("He said \"hi\"") == "\"He said \\\"hi\\\"\"")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar("line\nbreak") == "\"line\\nbreak\"")
        #expect(YAMLText.scalar("") == "\"\"")
        #expect(YAMLText.list(["a", "b: c"]) == "[a, \"b: c\"]")
    }

    @Test func numbersHaveAtMostTwoDecimals() {
        #expect(YAMLText.number(2) == "2")
        #expect(YAMLText.number(-0.5) == "-0.5")
        #expect(YAMLText.number(1.0 / 3) == "0.33")
        #expect(YAMLText.number(-0.001) == "0")
    }

    /// Each hostile name, as a persona's name, a journey's title, and a stage's and a step's
    /// name, loads back unchanged.
    @Test(arguments: hostileNames)
    func hostileNamesReadBackUnchanged(_ name: String) throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", ContentSamples.site)
        let persona = PersonaDraft(name: name, slug: "someone")
        let journey = JourneyDraft(slug: "trip", title: name, personas: ["someone"],
                                   stages: [StageDraft(name: name, steps: [Step(name: name, score: 1, actors: ["someone"])]),
                                            StageDraft(name: "Second", emotion: 0)])
        try NewFiles(root: folder.url, displayRoot: "Content").create([persona.file(in: .en)] + journey.files(scale: EmotionScale(), siteLanguage: .en))
        let result = ContentLoader(root: folder.url, displayRoot: "Content").load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let loaded = try #require(result.content.journey("trip"))
        #expect(result.content.persona("someone")?.name == name)
        #expect(loaded.title == name)
        #expect(loaded.stages.first?.name == name)
        #expect(loaded.stages.first?.steps == [Step(name: name, score: 1, actors: ["someone"])])
    }
}
