package io.tensorscope.app.workbench.settings;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings inside the workbench, on the inline executor: the Profile tab follows them, files join the recent list. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theProfileTabTakesItsDefaultsFromThePreferences() throws Exception {
        ConfigFolder config = new ConfigFolder(dir.resolve("config"));
        Preferences stored = Preferences.load(config);
        stored.threadsProperty().set(1);
        stored.warmupRunsProperty().set(2);
        stored.runsProperty().set(3);
        stored.save();
        WorkbenchViewModel workbench = workbench(config);
        ProfileViewModel profile = workbench.profile();
        assertEquals(List.of(1, 2, 3), List.of(profile.threadsProperty().get(), profile.warmupRunsProperty().get(),
                profile.runsProperty().get()), "read at start");

        Preferences edited = workbench.settings().preferences().copy();
        edited.runsProperty().set(40);
        edited.warmupRunsProperty().set(0);
        workbench.settings().apply(edited);
        assertEquals(40, profile.runsProperty().get(), "applied live");
        assertEquals(0, profile.warmupRunsProperty().get());
        assertEquals(40, Preferences.load(config).runsProperty().get(), "and written");
        assertNull(workbench.settings().errorProperty().get());
    }

    @Test
    void anOpenedFileJoinsTheRecentFilesOnceShownAndAFailedOneDoesNot() throws Exception {
        ConfigFolder config = new ConfigFolder(dir.resolve("config"));
        WorkbenchViewModel workbench = workbench(config);
        Path broken = Files.writeString(dir.resolve("broken.onnx"), "not a model");
        workbench.openFile(broken);
        assertNotNull(workbench.errorProperty().get());
        assertEquals(List.of(), workbench.settings().recentFiles().files());

        Path saved = dir.resolve("saved.onnx");
        workbench.openBundled(new ModelSource().bundledModels().stream().filter(a -> a.id().equals("mnist-cnn"))
                .findFirst().orElseThrow());
        assertEquals(List.of(), workbench.settings().recentFiles().files(), "a bundled model is no file of the user's");
        workbench.saveCurrent(saved);
        assertNull(workbench.saveErrorProperty().get());
        assertTrue(Files.size(saved) > 1000, "File > Save as ONNX wrote the model");
        workbench.openFile(saved);
        assertEquals(List.of(saved.toAbsolutePath()), workbench.settings().recentFiles().files());
        assertEquals(List.of(saved.toAbsolutePath()), workbench(config).settings().recentFiles().files(),
                "a new workbench over the same folder lists it");
    }

    @Test
    void aSettingsFolderThatCannotBeWrittenSaysWhy() throws Exception {
        Path plainFile = Files.writeString(dir.resolve("plain-file"), "x");
        SettingsViewModel settings = new SettingsViewModel(new ConfigFolder(plainFile.resolve("tensorscope")));
        settings.useTheme(Theme.DARK);
        assertEquals(Theme.DARK, settings.preferences().themeProperty().get(), "in use all the same");
        String error = settings.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.contains("settings folder") && !error.contains("\n"), error);
    }

    private static WorkbenchViewModel workbench(ConfigFolder config) {
        return new WorkbenchViewModel(new ModelSource(), new InlineTaskExecutor(), FixedCeilings.source(), config);
    }
}
