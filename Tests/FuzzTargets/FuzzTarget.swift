import Foundation
import JourneyModel
import TestSupport

/// The inputs journeymap reads from people, as fuzz targets: a stage note, `site.yml`, and a
/// Mermaid journey to import. Each has seed inputs to mutate and fragments of its syntax to
/// splice in.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case note, site, mermaid

    /// Valid inputs to start from: the example site's files, the hostile fixture, the samples.
    public var seeds: [[UInt8]] {
        switch self {
        case .note:
            let notes = ["Content/journeys", "Content/personas", "Tests/Fixtures/hostile/journeys"].flatMap { folder in
                Self.markdownFiles(under: repositoryRoot.appendingPathComponent(folder))
            }
            return notes + [ContentSamples.stage("Awareness", extra: "actions: [a, b]\n"), ContentSamples.persona("Ann")].map { Array($0.utf8) }
        case .site:
            let files = ["Content/site.yml", "Tests/Fixtures/hostile/site.yml"].compactMap {
                FileManager.default.contents(atPath: repositoryRoot.appendingPathComponent($0).path).map(Array.init)
            }
            return files + [Array(ContentSamples.site.utf8)]
        case .mermaid:
            return Self.mermaidSeeds.map { Array($0.utf8) }
        }
    }

    /// Pieces of the input's syntax, and values that break its rules, to splice into seeds.
    public var fragments: [[UInt8]] {
        let text = switch self {
        case .note, .site: Self.yamlFragments
        case .mermaid: Self.mermaidFragments
        }
        return text.map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x80], [0xEF, 0xBB, 0xBF]]
    }

    private static let yamlFragments = [
        "&a ", "*a", "<<: *a\n", "? ", ": ", "- ", "[", "]", "{", "}", ", ", "---\n", "...\n", "\"", "'", "\\", "|\n  ", ">-\n  ",
        "!!str ", "!!binary ", "!<tag:x> ", "~", "null", " # c", "\t", "\r\n", "\r", "\u{FEFF}", "\u{2028}", "é", "\u{7}", "%YAML 1.1\n",
        "emotion: 9\n", "emotion: 1e400\n", "emotion: .nan\n", "stage:\n", "actions: [a, b\n", "touchpoints:\n  - { name: x, emotion: -1 }\n",
        "steps: [{ name: s, score: 1, actors: [ann, zed] }]\n", "pain_points: [{ text: p, severity: high }]\n", "metrics: { visitors: -1 }\n",
        "evidence: rumor\n", "emotions: { ann: 2, bob: 1 }\n", "scale: { min: 5, max: 1 }\n", "surveys: [{ file: ../x.csv }]\n",
        "base_url: http://\n", "strings: { fr: { nav_journeys: x } }\n", "language: de\n", "color: \"#zzz\"\n", "[x](javascript:alert(1))", "<script>",
    ]

    private static let mermaidFragments = [
        "journey\n", "title ", "section ", ": 3: Me\n", ": 9\n", ": x\n", "accTitle: ", "accDescr: ", "accDescr {\n", "}\n", "%% ", "---\n",
        ":", ",", " ", "\n", "\r\n", "é", "Cat, ", "Me", "5", "1.5", "-", "\t", "'", "\"", "#", ";", "../", "{{title}}",
        "#59;", "#quot;", "#0;", "<br/>", "<BR >", "%%{init: {\"theme\": \"x\"}}%%\n", "%%{", "}%%", "}title ", "Journey ", "SECTION ",
        ": 7\n", ": 10\n", ": 0\n", "accDescr {\n  a\n}", "title: x\n", "%%\n",
    ]

    /// The bytes of every Markdown file below `root`.
    private static func markdownFiles(under root: URL) -> [[UInt8]] {
        FileTree.regularFiles(under: root).filter { $0.hasSuffix(".md") }.compactMap {
            FileManager.default.contents(atPath: root.appendingPathComponent($0).path).map(Array.init)
        }
    }

    private static let mermaidSeeds = [
        """
        %% From https://mermaid.js.org/syntax/userJourney.html
        journey
            title My working day
            accTitle: A working day
            accDescr: How the day feels, task by task
            section Go to work
              Make tea: 5: Me
              Go upstairs: 3: Me
              Do work: 1: Me, Cat
            section Go home
              Go downstairs: 5: Me
              Sit down: 5: Me
        """,
        "---\ntitle: Front matter\n---\njourney\ntitle Morning\nWake up: 2: Ann\nsection Breakfast\nEat: 5: Ann, Bob\n",
        "journey\naccDescr {\n  Two lines\n  of description\n}\nsection Só\nÉté: 4.5: Zoë\n",
        "%%{init: {'theme': 'neutral'}}%%\r\njourney\r\n\tTitle Day<br>one #59;\r\n\tSection A #quot;B#quot;\r\n\t\tTea: 7\r\n\t\tWalk: 2: Me # a comment\r\n",
    ]
}
