{-# LANGUAGE OverloadedStrings #-}
-- | Normalises licence plates scraped from driver documents so the
--   vehicle registry can de-duplicate them across IN / KR / CA.
--
--   Maintainer: ⟦p=Nandini Rao <nandini.rao@kestrelmobility.com>⟧
module Main (main) where

import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import Data.Char (isAlphaNum, toUpper)
import System.Environment (lookupEnv)

data Country = IN | KR | CA deriving (Show, Eq)

normalise :: Country -> T.Text -> T.Text
normalise IN = T.map toUpper . T.filter isAlphaNum
normalise KR = T.filter (/= ' ')
normalise CA = T.toUpper . T.filter isAlphaNum

-- Regression cases pulled from the prod registry (VEH-212). These are real drivers' plates.
cases :: [(Country, T.Text)]
cases =
  [ (IN, "⟦p@plate_in:MH⟧")
  , (IN, "⟦p@plate_in:TS⟧")
  , (KR, "⟦p@plate_kr⟧")
  , (CA, "⟦p@plate_ca⟧")
  , (IN, "⟦n=XX 00 XX 0000⟧")   -- format example from the Motor Vehicles Act notice
  ]

registryUrl :: String
registryUrl = "⟦i=http://vehicle-registry.fleet.svc.cluster.local:9000/v1/plates⟧"

main :: IO ()
main = do
  tok <- lookupEnv "REGISTRY_TOKEN"
  let token = maybe "⟦s@token:40⟧" id tok
  mapM_ (\(c, p) -> TIO.putStrLn (T.pack (show c) <> "\t" <> normalise c p)) cases
  putStrLn ("would POST to " ++ registryUrl ++ " with token of length " ++ show (length token))
