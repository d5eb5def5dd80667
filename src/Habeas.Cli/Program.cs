using Habeas.Cli;

return await HabeasCommand.RunAsync(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System));
