import Foundation
import Templating

/// What the site header of a page shows: the menus in the page's language, with links from the
/// page's folder, and the menu entry of the page (or of its journey) marked as current.
struct NavigationState: Hashable, Sendable {
    let language: String
    /// The way back to the site's root, which every link of the header starts with.
    let root: String
    let mode: PageContext.Mode
    /// The path of the menu entry that is marked as current, if the menus list one.
    let current: String?
}

/// The site header, `partials/header`, and the site values (`PageContext.siteValues()`) made
/// once for each navigation state instead of once for each page: the ten stage pages of a
/// journey (and every page of a journey the menus do not list) share them.
///
/// The header is rendered with the site values only, so equal states give equal headers and
/// equal values; pages get the header as `siteHeader`, and the values at their top level.
final class SiteHeaders: @unchecked Sendable {
    static let template = "partials/header"

    /// What pages with one navigation state share.
    struct Frame {
        let site: TemplateValue
        let header: String
    }

    private let templates: TemplateSet
    private let lock = NSLock()
    private var made: [NavigationState: Frame] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The site values and header of a page with this context; made the first time its state is
    /// seen. Two threads that see a new state at once both make it, the same.
    func frame(for page: PageContext) -> Frame {
        let state = page.navigationState
        if let frame = lock.withLock({ made[state] }) { return frame }
        let site = TemplateValue(encoding: page.siteValues())
        let frame = Frame(site: site, header: templates.renderText(Self.template, context: site))
        lock.withLock { made[state] = frame }
        return frame
    }
}
