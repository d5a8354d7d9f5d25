import ArgumentParser
import Foundation
import JourneyAuthoring

/// `journeymap new`: a starter site, a journey from a standard model, or a persona.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a starter site, a journey or a persona.",
        discussion: """
            Every note is written with each key explained in a YAML comment, ready
            to fill in. Nothing is ever overwritten: if one of the files exists
            already, nothing is written.

            Examples:
              journeymap new site my-journeys --lang fr
              journeymap new persona "Claire Martin"
              journeymap new journey "Cake order" --model linear --persona claire-martin
            """,
        subcommands: [NewSite.self, NewJourney.self, NewPersona.self]
    )
}

/// `journeymap new site DIR`.
struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a site folder: Content/ with a starter journey, built with the built-in theme.",
        discussion: """
            DIR gets Content/: site.yml, a persona, a journey of four stages and
            assets/, every word in --lang. Then 'journeymap build' run inside DIR
            builds the site into DIR/_site with the built-in theme. With
            --with-templates, DIR also gets Templates/, a copy of the built-in
            theme to edit; any file you keep there replaces the built-in one.

            Examples:
              journeymap new site my-journeys && cd my-journeys && journeymap build
              journeymap new site parcours --lang fr
              journeymap new site docs/cx --with-templates
            """
    )

    @Argument(help: ArgumentHelp("The folder to create the site in (it may exist, but not its files).", valueName: "dir"))
    var directory: String

    @Option(name: .customLong("lang"), help: "The language of the starter content and of the site's own words: en or fr.")
    var language: ContentLanguage = .en

    @Flag(help: "Also copy the built-in theme into DIR/Templates, to edit it.")
    var withTemplates = false

    func run() throws {
        try Console.authoring {
            let site = NewFiles(root: URL(fileURLWithPath: directory), displayRoot: directory)
            let written = try StarterSite.create(in: site, language: language, templates: withTemplates ? ThemeExport.files : [])
            let created = withTemplates ? "\(site.display("Content")) and \(site.display("Templates"))" : site.display("Content")
            print("Created \(created) (\(Console.count(written.count, "file")))")
            print("Next: cd \(directory) && journeymap build, then open _site/index.html")
        }
    }
}

/// `journeymap new journey NAME --model M`.
struct NewJourney: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Create a journey with one note per stage of a standard model.",
        discussion: """
            Writes journeys/<slug>/journey.md and one note NN-<stage>.md per stage of
            the model into the content folder. The slug comes from NAME
            ("Ordering a cake" → ordering-a-cake).

            Models:
              linear      awareness, consideration, decision, purchase,
                          post-purchase, loyalty, advocacy
              nine-stage  awareness, evaluation, interest, intention, purchase,
                          post-purchase, retention, recommendation, loyalty
              aarrr       acquisition, activation, retention, referral, revenue
              hourglass   awareness, engagement, decision, purchase, onboarding,
                          adoption, retention, expansion, advocacy
              daily       a day in the customer's life: wake-up (07:00), breakfast,
                          commute, morning at work, lunch, afternoon, commute home,
                          evening (20:30), each with its time_of_day

            The stage names are in --lang (by default the site's language), which
            journey.md records. Each --persona must have a file in personas/
            already: create it with 'journeymap new persona'.

            Examples:
              journeymap new journey "Cake order" --model linear --persona claire-martin
              journeymap new journey "Abonnement" --model nine-stage --lang fr
            """
    )

    @Argument(help: ArgumentHelp("The journey's title.", valueName: "name"))
    var name: String

    @Option(help: "The stages to start from: linear, nine-stage, aarrr, hourglass, or daily (the moments of a day, with their times).")
    var model: StageModel

    @Option(name: .customLong("persona"), help: ArgumentHelp("A persona slug the journey follows (repeatable).", valueName: "slug"))
    var personas: [String] = []

    @Option(name: .customLong("lang"), help: "The language of the stage names and the journey's pages: en or fr.")
    var language: ContentLanguage?

    @OptionGroup var folders: SiteFolders

    func run() throws {
        try folders.requireSite()
        try Console.authoring {
            let author = ContentAuthor(root: URL(fileURLWithPath: folders.content), displayRoot: folders.content)
            let written = try author.newJourney(titled: name, model: model, language: language, personas: personas)
            print("Created " + written.joined(separator: "\n        "))
        }
    }
}

/// `journeymap new persona NAME`.
struct NewPersona: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persona",
        abstract: "Create a persona note.",
        discussion: """
            Writes personas/<slug>.md into the content folder. The slug comes from
            NAME ("Claire Martin" → claire-martin); journeys name the persona by it.

            Examples:
              journeymap new persona "Claire Martin"
              journeymap new persona "Paul Durand" --content docs/journeys
            """
    )

    @Argument(help: ArgumentHelp("The persona's name.", valueName: "name"))
    var name: String

    @OptionGroup var folders: SiteFolders

    func run() throws {
        try folders.requireSite()
        try Console.authoring {
            let author = ContentAuthor(root: URL(fileURLWithPath: folders.content), displayRoot: folders.content)
            print("Created " + (try author.newPersona(named: name)).joined())
        }
    }
}

extension StageModel: ExpressibleByArgument {}
extension ContentLanguage: ExpressibleByArgument {}

extension Console {
    /// Runs an authoring command: an `AuthoringError` is printed with its hint and exits 1.
    static func authoring(_ command: () throws -> Void) throws {
        do {
            try command()
        } catch let failure as AuthoringError {
            error(failure.description)
            throw ExitCode(1)
        }
    }
}
