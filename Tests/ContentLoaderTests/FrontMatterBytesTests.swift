import ContentLoader
import Testing

/// A note's front matter, as its bytes show it, is what `FrontMatter.split` takes, with its delimiters.
@Suite("Front matter in bytes")
struct FrontMatterBytesTests {
    private func head(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[..<FrontMatterBytes.length(of: bytes)], as: UTF8.self)
    }

    @Test func theHeadEndsAfterTheClosingDelimiter() {
        #expect(head("---\nstage: A\n---\nBody\n---\nmore\n") == "---\nstage: A\n---\n")
        #expect(head("---\nstage: A\n---") == "---\nstage: A\n---")
        #expect(head("---\n---\nBody") == "---\n---\n")
    }

    @Test func delimitersMayCarrySpacesAndCRLF() {
        #expect(head("--- \r\nstage: A\r\n---\t\r\nBody\r\n") == "--- \r\nstage: A\r\n---\t\r\n")
        #expect(head("\u{FEFF}---\nstage: A\n---\nBody") == "\u{FEFF}---\nstage: A\n---\n")
    }

    @Test func aNoteWithoutClosedFrontMatterIsAllHead() {
        for text in ["Just text\n---\n", "---\nstage: A\n", "", "----\nx\n---\n", " ---\nx\n---\n"] {
            #expect(head(text) == text, "\(text)")
        }
    }
}
