import ArgumentParser
import ContentSampler
import Foundation
import SiteWriter

/// `journeymap sample`: writes a generated content folder, to benchmark or to try the tool at scale.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated content folder of any size.",
        discussion: """
            Every lane is filled, bodies are 1–3 KB of Markdown, and the same options always write the same files.

            Examples:
              journeymap sample --journeys 100 --stages 10 --personas 5 --to /tmp/big
              journeymap sample --journeys 1000 --stages 10 --personas 20 --survey-rows 50000 --to /tmp/huge
              journeymap build --content /tmp/big --output /tmp/big-site
            """
    )

    @Option(help: "Number of journeys.") var journeys = 10
    @Option(help: "Stages per journey.") var stages = 7
    @Option(help: "Number of personas.") var personas = 3
    @Option(help: "Survey answers to write to data/survey.csv (0 for none).") var surveyRows = 0
    @Option(help: "Seed of the generator.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("The folder to write; it must be new or empty.", valueName: "dir")) var to: String

    func validate() throws {
        guard journeys >= 1, stages >= 1, personas >= 1, surveyRows >= 0 else {
            throw ValidationError("--journeys, --stages and --personas must be at least 1")
        }
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: to), !existing.isEmpty {
            throw ValidationError("\(to) is not empty; choose a new folder")
        }
    }

    func run() throws {
        let files = ContentSample(journeys: journeys, stages: stages, personas: personas, surveyRows: surveyRows, seed: seed).files()
        _ = try FileBatch.write(files, under: to)
        print("Wrote \(files.count) files (\(journeys * stages) stage notes) to \(to)")
    }
}
