package channelsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;

/** The YAML layer shared by scenario and study loaders: plain data, positions, no duplicates. */
class YamlTreeTest {

    @Test
    void scalarsBecomePlainJavaValues() {
        List<Problem> problems = new ArrayList<>();
        YamlTree t = YamlTree.parseString("""
                a: 12
                b: 010
                c: 2.5
                d: true
                e: 2025-08-06
                f: "2025-08-06"
                g: text
                h:
                i: 2025-13-40
                """, "t.yaml", problems);
        assertNotNull(t);
        assertTrue(problems.isEmpty(), problems::toString);
        MappingNode m = (MappingNode) t.root();
        assertEquals(12L, t.scalar(t.get(m, "a")));
        assertEquals(10L, t.scalar(t.get(m, "b")), "YAML 1.2: leading zeros are decimal, not octal");
        assertEquals(2.5, t.scalar(t.get(m, "c")));
        assertEquals(true, t.scalar(t.get(m, "d")));
        assertEquals(LocalDate.of(2025, 8, 6), t.scalar(t.get(m, "e")));
        assertEquals("2025-08-06", t.scalar(t.get(m, "f")), "quoted text stays text");
        assertEquals("text", t.scalar(t.get(m, "g")));
        assertNull(t.scalar(t.get(m, "h")));
        assertEquals("2025-13-40", t.scalar(t.get(m, "i")), "not a real date: kept as text for the caller to report");
    }

    @Test
    void positionsAreOneBased() {
        YamlTree t = YamlTree.parseString("x:\n  y: 3\n", "t.yaml", new ArrayList<>());
        MappingNode inner = (MappingNode) t.get((MappingNode) t.root(), "x");
        YamlTree.Entry e = t.entries(inner).get(0);
        assertEquals(2, YamlTree.line(e.keyNode()));
        assertEquals(3, YamlTree.column(e.keyNode()));
        assertEquals(6, YamlTree.column(e.value()));
        assertEquals("t.yaml:2:6: x.y: bad", t.problem(e.value(), "x.y", "bad").toString());
    }

    @Test
    void duplicateKeysAreRefusedAtAnyDepth() {
        List<Problem> problems = new ArrayList<>();
        YamlTree t = YamlTree.parseString("a:\n  - {b: 1, b: 2}\n", "t.yaml", problems);
        assertNotNull(t, "the tree is still returned so other problems can be found");
        assertEquals(List.of("t.yaml:2:12: b: duplicate key (first at line 2)"), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void onlyPlainDataTagsAreAllowed() {
        List<Problem> problems = new ArrayList<>();
        YamlTree.parseString("a: !!java.io.File /etc/passwd\n", "t.yaml", problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("not allowed"), problems::toString);
    }

    @Test
    void malformedYamlGivesItsPosition() {
        List<Problem> problems = new ArrayList<>();
        assertNull(YamlTree.parseString("a: 1\n b: 2\n", "t.yaml", problems));
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("malformed YAML: "), problems::toString);
    }

    @Test
    void emptyDocumentHasNoRoot() {
        YamlTree t = YamlTree.parseString("# nothing\n", "t.yaml", new ArrayList<>());
        assertNotNull(t);
        assertNull(t.root());
    }
}
