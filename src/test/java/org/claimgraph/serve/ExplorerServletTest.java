package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which file of the jar each path under /explore names, and that nothing else can be named. */
class ExplorerServletTest {

    @Test
    void theFolderIsThePageAndQueriesAreTheCannedOnes() {
        assertEquals("explorer/index.html", ExplorerServlet.resourceFor("/"));
        assertEquals("explorer/app.js", ExplorerServlet.resourceFor("/app.js"));
        assertEquals("queries/claim-search.rq", ExplorerServlet.resourceFor("/queries/claim-search.rq"));
    }

    @Test
    void nothingOutsideTheTwoFoldersCanBeNamed() {
        for (String path : new String[] {"/../fuseki-config/shiro.ini", "/queries/../claimgraph.properties", "/./index.html",
                "/.hidden", "/queries/sub/x.rq", "/queries/articles.txt", "/a//b.js", "/a\\..\\b.js", "/%2e%2e/x.js"})
            assertNull(ExplorerServlet.resourceFor(path), path);
    }

    @Test
    void everyFileTheIndexPageLoadsIsInTheJar() {
        for (String file : new String[] {"/", "/app.js", "/view.js", "/sparql.js", "/charts.js", "/highlight.js", "/explorer.css"})
            assertNotNull(ExplorerServletTest.class.getClassLoader().getResource(ExplorerServlet.resourceFor(file)), file);
    }
}
