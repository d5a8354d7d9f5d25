import BuiltinTheme
import Foundation
import JourneyModel
import Testing
import TestSupport

@Suite("The built-in theme")
struct BuiltinThemeTests {
    /// The GenerateSources plugin compiles Templates/ into the tool on every build; this fails if the
    /// two ever differ, by a file or by a byte.
    @Test func isTheTemplatesFolderFileForFile() throws {
        let folder = repositoryRoot.appendingPathComponent("Templates")
        let onDisk = FileTree.regularFiles(under: folder)
        #expect(BuiltinTheme.paths == onDisk)
        for path in onDisk {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(path)))
            #expect(BuiltinTheme.files[path] == bytes, "\(path) differs from the built-in copy")
        }
    }
}
