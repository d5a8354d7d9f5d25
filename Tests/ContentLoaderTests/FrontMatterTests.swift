@testable import ContentLoader
import Testing

@Suite("Front matter splitting")
struct FrontMatterTests {
    @Test func splitsYAMLFromBodyAndKeepsLineNumbers() {
        let (note, problem) = FrontMatter.split("---\ntitle: A\nowner: B\n---\n# Body\n", file: "a.md")
        #expect(problem == nil)
        #expect(note.yaml == "title: A\nowner: B")
        #expect(note.yamlFirstLine == 2)
        #expect(note.body == "# Body\n")
        #expect(note.bodyFirstLine == 5)
    }

    @Test func dropsByteOrderMarkAndReadsCRLF() {
        let (note, problem) = FrontMatter.split("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\n", file: "a.md")
        #expect(problem == nil)
        #expect(note.yaml == "title: A")
        #expect(note.body == "Body\n")
    }

    @Test func reportsAnUnclosedFrontMatterAtLineOne() {
        let (note, problem) = FrontMatter.split("---\ntitle: A\nBody text", file: "notes/a.md")
        #expect(problem?.location.description == "notes/a.md:1:1")
        #expect(problem?.message.contains("never closed") == true)
        #expect(note.yaml == "title: A\nBody text")
    }

    @Test func aNoteWithoutFrontMatterIsAllBody() {
        let (note, problem) = FrontMatter.split("Just text\n---\n", file: "a.md")
        #expect(problem == nil)
        #expect(note.yaml.isEmpty)
        #expect(note.body == "Just text\n---\n")
    }

    @Test func delimiterMayHaveTrailingSpaces() {
        let (note, problem) = FrontMatter.split("---  \ntitle: A\n--- \nBody", file: "a.md")
        #expect(problem == nil)
        #expect(note.yaml == "title: A")
        #expect(note.body == "Body")
    }
}
