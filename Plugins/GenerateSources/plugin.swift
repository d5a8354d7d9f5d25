import Foundation
import PackagePlugin

/// Generates Swift source for the target it is applied to, on every build, with a script of
/// `scripts/` that rewrites its output only when it changes:
/// - `BuiltinTheme`: the files of `Templates/` (scripts/embed-theme.sh), so the default theme
///   travels inside the executable and always matches the folder;
/// - `journeymap`: the git commit it is built from, for `--version` (scripts/stamp-build.sh).
@main
struct GenerateSources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let (script, input) = target.name == "BuiltinTheme"
            ? ("embed-theme.sh", package.appending(path: "Templates")) : ("stamp-build.sh", package)
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [.prebuildCommand(
            displayName: "Generating sources of \(target.name) with \(script)",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: [package.appending(path: "scripts/\(script)").path, input.path, output.path],
            outputFilesDirectory: output
        )]
    }
}
