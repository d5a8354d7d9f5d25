import Foundation
import JourneyModel
import Testing
import TestSupport

@Suite("Listing folder trees")
struct FileTreeTests {
    @Test func regularFilesAreListedSortedWithoutHiddenOnesOrLinks() throws {
        let folder = TemporaryFolder("journeymap-tree")
        for file in ["b.md", "a/z.md", "a/b/c.txt", ".hidden", ".git/config", "a/.cache/x"] { folder.write("root/" + file, "x") }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/root/a/link.md", withDestinationPath: folder.path + "/root/b.md")
        let root = folder.url.appendingPathComponent("root")
        #expect(FileTree.regularFiles(under: root) == ["a/b/c.txt", "a/z.md", "b.md"])
        #expect(FileTree.symbolicLinks(under: root) == ["a/link.md"])
    }

    @Test func aRootThatIsALinkIsFollowedAndAMissingRootIsEmpty() throws {
        let folder = TemporaryFolder("journeymap-tree")
        folder.write("real/x.md", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias", withDestinationPath: folder.path + "/real")
        #expect(FileTree.regularFiles(under: folder.url.appendingPathComponent("alias")) == ["x.md"])
        #expect(FileTree.regularFiles(under: folder.url.appendingPathComponent("missing")).isEmpty)
    }
}
