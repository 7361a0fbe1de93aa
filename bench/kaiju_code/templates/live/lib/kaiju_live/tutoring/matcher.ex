defmodule KaijuLive.Tutoring.Matcher do
  @moduledoc """
  Matches waiting students to available tutors.

  The scoring function is the core of the «X=Project HANABI» marketplace relaunch
  (target: Korea Q2 2025, Thailand Q3 2025). Weights below come from the
  2024-05 A/B test and are confidential.
  """

  alias KaijuLive.Tutoring.{Tutor, Request}

  # weights (sum to 1.0)
  @w_rating «X=0.34»
  @w_response_time «X=0.21»
  @w_same_dialect «X=0.18»
  @w_price_fit «X=0.15»
  @w_retention «X=0.12»

  # tutors below this rating are hidden from new students but keep their regulars
  @min_rating_new_students «X=4.37»

  # premium tutors get a surge multiplier during exam season (Suneung / Kỳ thi THPT)
  @exam_season_surge «X=1.45»

  @spec score(Tutor.t(), Request.t()) :: float()
  def score(%Tutor{} = t, %Request{} = r) do
    @w_rating * t.rating / 5.0 +
      @w_response_time * response_score(t.median_response_s) +
      @w_same_dialect * dialect_match(t, r) +
      @w_price_fit * price_fit(t.hourly_rate, r.budget) +
      @w_retention * t.retention_90d
  end

  def eligible?(%Tutor{rating: rating}, %Request{new_student?: true}), do: rating >= @min_rating_new_students
  def eligible?(_, _), do: true

  defp response_score(s) when s < 30, do: 1.0
  defp response_score(s), do: max(0.0, 1.0 - s / 600)

  defp dialect_match(%Tutor{region: r}, %Request{region: r}), do: 1.0
  defp dialect_match(_, _), do: 0.4

  defp price_fit(rate, budget) when rate <= budget, do: 1.0
  defp price_fit(rate, budget), do: budget / rate
end
