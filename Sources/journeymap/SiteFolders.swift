import ArgumentParser
import Foundation
import SiteBuilder

/// The folder options every command shares.
struct SiteFolders: ParsableArguments {
    @Option(help: ArgumentHelp("The content folder: site.yml, personas/, journeys/, assets/.", valueName: "dir"))
    var content = "Content"

    @Option(help: ArgumentHelp("Your own templates, laid over the built-in theme file by file "
                               + "(default: templates: in site.yml, else Templates/ beside the content folder if there is one).",
                               valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Where the site is written.", valueName: "dir"))
    var output = "_site"

    /// The build options for these folders.
    func options(drafts: Bool = false, force: Bool = false, strict: Bool = false) -> BuildOptions {
        var options = BuildOptions(content: content, templates: templates, output: output, includeDrafts: drafts, force: force)
        options.strict = strict
        return options
    }

    /// Stops with one error, and exit status 1, when the content folder has no `site.yml`: the
    /// command was most likely run outside the site's folder.
    func requireSite() throws {
        let site = (content as NSString).appendingPathComponent("site.yml")
        guard !FileManager.default.fileExists(atPath: site) else { return }
        Console.error(Console.styled("error:", .error) + " no \(site) here: run journeymap in your site's folder, or pass --content DIR")
        throw ExitCode(1)
    }
}
