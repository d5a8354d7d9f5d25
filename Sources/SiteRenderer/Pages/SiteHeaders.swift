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

/// The site header, `partials/header`, rendered once for each navigation state instead of once
/// for each page: the ten stage pages of a journey (and every page of a journey the menus do not
/// list) share one header.
///
/// The header is rendered with the site values only (`PageContext.siteValues()`), so equal
/// states give equal headers; pages get it as `siteHeader`.
final class SiteHeaders: @unchecked Sendable {
    static let template = "partials/header"

    private let templates: TemplateSet
    private let lock = NSLock()
    private var rendered: [NavigationState: String] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The header of a page with this context; rendered the first time its state is seen.
    /// Two threads that see a new state at once both render it, to the same text.
    func html(for page: PageContext) -> String {
        let state = page.navigationState
        if let html = lock.withLock({ rendered[state] }) { return html }
        let html = templates.render(Self.template, context: TemplateValue(encoding: page.siteValues()))
        lock.withLock { rendered[state] = html }
        return html
    }
}
