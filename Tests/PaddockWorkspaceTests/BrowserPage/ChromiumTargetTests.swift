import Foundation
import Testing

@testable import PaddockWorkspace

/// The active page as tabs open and close, against a real headless Chromium.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: TestChromium.executable)))
struct ChromiumTargetTests {
    /// Polls `condition` for up to ten seconds, because target events arrive asynchronously.
    static func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    @Test func pageClosedByItselfHandsBackActiveRole() throws {
        try TestChromium.withPages { pages, _ in
            let first = try pages.targets.active()
            let second = try pages.targets.create(url: "about:blank")
            #expect(try pages.targets.active().targetId == second.targetId)
            _ = try second.evaluate("window.close()")
            #expect(try Self.eventually { try pages.targets.list().pages.count == 1 })
            #expect(try pages.targets.active().targetId == first.targetId)
        }
    }

    @Test func popupBecomesActivePage() throws {
        try TestChromium.withPages { pages, _ in
            try load("<title>opener</title>", into: pages)
            let opener = try pages.targets.active()
            _ = try opener.call(
                "Runtime.evaluate",
                ["expression": "window.open('about:blank#popup', '_blank'); 0", "userGesture": true])
            #expect(try Self.eventually { try pages.targets.active().targetId != opener.targetId })
            let tabs = try pages.targets.list()
            #expect(tabs.pages.count == 2)
            #expect(tabs.activeId != opener.targetId)
        }
    }

    @Test func lastPageClosedCreatesBlankPage() throws {
        try TestChromium.withPages { pages, _ in
            let only = try pages.targets.active()
            try pages.targets.close(only.targetId)
            let replacement = try pages.targets.active()
            #expect(replacement.targetId != only.targetId)
            #expect(try replacement.evaluate("location.href") == "about:blank")
        }
    }

    @Test func screenshotOfBackgroundTabWorks() throws {
        try TestChromium.withPages { pages, _ in
            let first = try pages.targets.active()
            let second = try pages.targets.create(url: "about:blank")
            try load("<h1>second</h1><button>B</button>", into: pages)
            _ = try second.screenshot(format: "png", quality: nil, fullPage: false)
            // Another client brings the first tab to the front, which hides the active page.
            try first.call("Page.bringToFront")
            #expect(try pages.targets.active().targetId == second.targetId)
            _ = try second.evaluate("document.body.insertAdjacentHTML('beforeend', '<p>changed</p>'); 0")
            let png = try pages.withActivePage("screenshot") { page in
                try page.screenshot(format: "png", quality: nil, fullPage: false)
            }
            #expect(ImageSize.of(png)?.width == 1280)
        }
    }
}
