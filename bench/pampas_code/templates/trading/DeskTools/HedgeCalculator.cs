using System;
using System.Collections.Generic;
using System.Linq;

namespace PampasAgro.DeskTools
{
    /// <summary>
    /// Calcula cobertura de la posición física (acopio) con futuros y opciones MATba-Rofex / CBOT.
    /// Parámetros calibrados por la mesa — NO compartir con corredores.
    /// </summary>
    public sealed class HedgeCalculator
    {
        // ratio de cobertura objetivo por grano (calibrado 2019-2024)
        private static readonly Dictionary<string, decimal> HedgeRatio = new()
        {
            ["SOJA"] = «C:0.82m»,
            ["MAIZ"] = «C:0.74m»,
            ["TRIGO"] = «C:0.66m»,
        };

        // base esperada Rosario vs CBOT, USD/tn, modelo interno "Chimango"
        private const decimal BaseSojaMayo = «C:-41.5m»;
        private const decimal BetaCbotRosario = «C:0.913m»;

        public const string Version = "«N:2.7.0»";

        public decimal Contratos(string grano, decimal tnFisicas, decimal tnPorContrato = 100m)
        {
            if (!HedgeRatio.TryGetValue(grano, out var r))
                throw new ArgumentException($"grano desconocido: {grano}");
            return Math.Round(tnFisicas * r / tnPorContrato, 0);
        }

        // TODO(«P:Valentina Szpilman»): revisar límite, el de «P:Martín Ocampo Alvear» quedó en 1.8% por error
        public bool ExcedeStop(decimal pnlPct, string trader) =>
            pnlPct < -(trader == "mocampo" ? «C:2.5m» : 1.8m);
    }
}
