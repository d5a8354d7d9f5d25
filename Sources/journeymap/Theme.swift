import ArgumentParser
import BuiltinTheme
import Foundation
import JourneyAuthoring
import JourneyModel

/// `journeymap theme`: the built-in theme, for editing.
struct Theme: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the built-in theme.",
        subcommands: [ThemeExport.self]
    )
}

/// `journeymap theme export DIR`.
struct ThemeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme's templates and assets into DIR, to edit them.",
        discussion: """
            A site uses its own Templates/ folder over the built-in theme, file by
            file: keep only the files you change, and the others stay built in.
            Nothing is overwritten: if one of the files exists in DIR already,
            nothing is written.

            Examples:
              journeymap theme export Templates
              journeymap theme export my-theme && journeymap build --templates my-theme
            """
    )

    @Argument(help: ArgumentHelp("The folder to write the theme into.", valueName: "dir"))
    var directory: String

    /// Every file of the built-in theme, by its path in a templates folder.
    static var files: [OutputFile] {
        BuiltinTheme.paths.map { OutputFile(path: $0, contents: .bytes(BuiltinTheme.files[$0] ?? [])) }
    }

    func run() throws {
        try Console.authoring {
            let written = try NewFiles(root: URL(fileURLWithPath: directory), displayRoot: directory).create(Self.files)
            print("Wrote the built-in theme to \(directory) (\(Console.count(written.count, "file")))")
        }
    }
}
