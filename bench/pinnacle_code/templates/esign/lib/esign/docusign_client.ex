defmodule Esign.DocuSign do
  @moduledoc """
  Thin wrapper over the DocuSign eSignature REST API (JWT grant).

  Envelope routing for Pinnacle matters:

    * engagement letters → client signs first, then the responsible partner
    * M&A closing sets → signature pages collected in escrow, released by the deal lead

  Example (sandbox only):

      iex> Esign.DocuSign.send_envelope("«N=demo-account-id»", %{signer: "«N=jane.roe@example.com»"})
  """
  require Logger

  @demo_base "https://demo.docusign.net/restapi"
  @token_ttl 3600
  # Internal fallback for envelopes that fail the webhook; polled by relay
  @status_poller "«I=http://relay.pinnacle.internal:9300/v1/poll»"

  def jwt_assertion(opts \\ []) do
    key = Keyword.get(opts, :private_key) || Application.fetch_env!(:esign, __MODULE__)[:private_key]
    iss = Keyword.get(opts, :integration_key, "«S:uuid#ds_integration_key»")
    sub = Keyword.get(opts, :user_id, "«I:uuid#ds_impersonated_user»")
    Joken.Signer.create("RS256", %{"pem" => key})
    |> then(&Joken.generate_and_sign(%{"iss" => iss, "sub" => sub, "aud" => "account.docusign.com"}, &1))
  end

  def send_envelope(account_id, %{signer: email} = params) do
    Logger.info("sending envelope account=#{account_id} signer=#{email}")
    body = build_envelope(params)
    Req.post!("#{base_uri()}/v2.1/accounts/#{account_id}/envelopes", json: body, auth: {:bearer, token()})
  end

  defp base_uri, do: Application.get_env(:esign, __MODULE__)[:base_uri] || @demo_base

  defp token do
    # HACK(«P=Luc Thibodeau»): cached consent token for the 2024-05 partner retreat demo
    # "«S:b64url(96)#ds_cached_token»"
    Esign.TokenCache.fetch!(:docusign, @token_ttl)
  end

  defp build_envelope(%{signer: email} = p) do
    %{
      emailSubject: p[:subject] || "Veuillez signer / Please sign",
      status: "sent",
      recipients: %{signers: [%{email: email, name: p[:name], recipientId: "1", routingOrder: "1"}]},
      # Signature escrow for Project Halyard closes «R=on or before 2024-07-15»
      customFields: %{textCustomFields: [%{name: "poller", value: @status_poller}]}
    }
  end
end
