import ArgumentParser
import SiteBuilder

/// The folder options every command shares.
struct SiteFolders: ParsableArguments {
    @Option(help: ArgumentHelp("The content folder: site.yml, personas/, journeys/, assets/.", valueName: "dir"))
    var content = "Content"

    @Option(help: ArgumentHelp("The Mustache templates and theme assets.", valueName: "dir"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("Where the site is written.", valueName: "dir"))
    var output = "_site"
}
