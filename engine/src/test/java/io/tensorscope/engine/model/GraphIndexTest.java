package io.tensorscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Producers, consumers, constants and fresh names of a small graph. */
class GraphIndexTest {

    @Test
    void indexesProducersConsumersInitializersConstantsAndNames() {
        GraphBuilder b = GraphBuilder.create("index").opset(13);
        b.input("x", ElementType.FLOAT, 2, 4);
        b.initializer("w", new float[16], 4, 4);
        b.constantScalar("two", 2f);
        b.node("MatMul", "x", "w").name("mm").outputs("y");
        b.node("Mul", "y", "two").name("scale").outputs("z");
        b.node("Add", "z", "z").name("double").outputs("out");
        b.output("out", ElementType.FLOAT);
        Model model = b.build();
        GraphIndex index = model.index();
        assertSame(index, model.index(), "built once per model");
        assertEquals("mm", index.producer("y").orElseThrow().getName());
        assertTrue(index.producer("x").isEmpty() && index.producer("w").isEmpty());
        assertEquals(List.of("mm"), index.consumers("x").stream().map(n -> n.getName()).toList());
        assertEquals(List.of(3), index.consumerIndices("z"), "a node reading a tensor twice is listed once");
        assertNotNull(index.initializer("w"));
        assertNull(index.initializer("two"));
        assertNotNull(index.constant("two"));
        assertNotNull(index.constantValue("two"));
        assertEquals(Set.of("x"), index.inputs());
        assertTrue(index.isOutput("out") && !index.isOutput("z"));

        UniqueNames names = index.newNames();
        assertEquals("mm_1", names.next("mm"));
        assertEquals("mm_2", names.next("mm"));
        assertEquals("fresh", names.next("fresh"));
        assertEquals("fresh_1", names.next("fresh"));
        assertEquals("y_1", index.newNames().next("y"), "each generator starts from the graph's names");
    }
}
