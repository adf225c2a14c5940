package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.Main;
import org.junit.jupiter.api.Test;

/** Every command answers --help, -h and 'tensorscope help CMD' with its usage, exit 0, before any work. */
class HelpTest {

    @Test
    void everyCommandAnswersEveryFormOfHelp() {
        var names = Main.commandLine().getSubcommands().keySet();
        assertTrue(names.size() >= 14 && names.contains("help"), names.toString());
        for (String name : names) {
            if (name.equals("help")) {
                continue;
            }
            for (String[] args : new String[][] {{name, "--help"}, {name, "-h"}, {"help", name}}) {
                CliHarness cli = new CliHarness();
                assertEquals(0, cli.run(args), String.join(" ", args) + ": " + cli.err);
                assertTrue(cli.out.toString().startsWith("Usage: tensorscope " + name), String.join(" ", args)
                        + ": " + cli.out);
                assertEquals("", cli.err.toString(), String.join(" ", args));
            }
        }
    }
}
